/// What XPath sees of the form's data. The form model implements it over its instance trees.
///
/// Nodes are elements, attributes and the document root of each instance (the parent of its root
/// element). There are no text nodes: an element's value is its text.
public protocol XPathDataModel {
    associatedtype Node: Hashable

    /// The document root of an instance (the parent of its root element); nil id = the primary instance.
    /// Nil when no such instance exists.
    func documentRoot(instance id: String?) -> Node?
    /// The parent element (or document root); nil for a document root.
    func parent(of node: Node) -> Node?
    /// Element children in document order.
    func children(of node: Node) -> [Node]
    /// Attribute nodes of an element.
    func attributes(of node: Node) -> [Node]
    /// Local name, e.g. "data", "instanceID"; an attribute's name without "@".
    func name(of node: Node) -> String
    /// The text of a leaf, or the concatenation of the descendants' text (the XPath rule).
    func stringValue(of node: Node) -> String
    /// Whether `a` comes before `b` in document order (attributes right after their element).
    func precedes(_ a: Node, _ b: Node) -> Bool
}
