import Foundation

/// One element of the primary instance template: the skeleton a submission is filled into.
///
/// Kept as written in the form (names with their prefixes, attributes, default values) so the
/// submission has exactly the shape the server's copy of the form expects.
struct InstanceNode: Sendable, Equatable {
    /// The element name as written in the form, prefix included.
    var name: String
    var namespaceURI: String?
    var attributes: [ParsedAttribute]
    var children: [InstanceNode]
    /// The default value of a leaf (its text in the template), trimmed; "" when none.
    var value: String
    /// The absolute path, e.g. "/data/meta/instanceID".
    var path: String

    init(_ element: ParsedElement, parentPath: String) {
        name = element.qualifiedName
        namespaceURI = element.namespaceURI
        attributes = element.attributes
        path = parentPath + "/" + element.qualifiedName
        children = element.children.map { [path] in InstanceNode($0, parentPath: path) }
        value = children.isEmpty ? element.text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    var isLeaf: Bool { children.isEmpty }

    /// The local part of the name, without prefix.
    var localName: String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// The node at an absolute path such as "/data/meta/instanceID", searched from this node as the
    /// root; nil when there is none. Predicates and relative paths are not paths here.
    func node(at path: String) -> InstanceNode? {
        guard path.hasPrefix("/") else { return nil }
        var steps = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard steps.first.map(String.init) == name else { return nil }
        steps = steps.dropFirst()
        var node = self
        for step in steps {
            guard let next = node.children.first(where: { $0.name == step }) else { return nil }
            node = next
        }
        return node
    }

    /// Every node of the subtree in document order, this one first.
    var allNodes: [InstanceNode] {
        [self] + children.flatMap(\.allNodes)
    }
}
