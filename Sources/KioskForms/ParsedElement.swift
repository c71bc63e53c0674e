/// An XML element as a plain value: the part of a document the form reader works on.
///
/// The reader builds this tree from `XMLParser` events instead of using `XMLDocument`, because on
/// Linux `XMLDocument` parses in libxml2's recover mode (malformed input loads without an error)
/// and crashes on empty data. A value tree is also `Sendable`, which the class tree is not.
struct ParsedElement: Sendable, Equatable {
    /// The name as written, with its prefix ("h:head", "jr:template").
    var qualifiedName: String
    var localName: String
    var namespaceURI: String?
    /// Attributes other than namespace declarations, in the order they were reported.
    var attributes: [ParsedAttribute] = []
    /// Namespace declarations made on this element: prefix ("" for the default) -> URI.
    var declaredNamespaces: [String: String] = [:]
    var children: [ParsedElement] = []
    /// Character data directly inside this element (not its children's), CDATA included.
    var text: String = ""
    /// Text and child elements in document order, for mixed content such as a label with an
    /// `<output>` in the middle of its words.
    var content: [Content] = []

    enum Content: Sendable, Equatable {
        case text(String)
        /// The child at this index of `children`.
        case child(Int)
    }

    /// The value of the attribute with this local name; one without a namespace wins over a
    /// prefixed one, so `ref` is never shadowed by some `x:ref`.
    func attribute(_ localName: String) -> String? {
        let matches = attributes.filter { $0.localName == localName }
        return (matches.first { $0.namespaceURI == nil } ?? matches.first)?.value
    }

    /// The first child element with this local name, whatever its prefix.
    func child(_ localName: String) -> ParsedElement? {
        children.first { $0.localName == localName }
    }

    /// The child elements with this local name, in document order.
    func children(_ localName: String) -> [ParsedElement] {
        children.filter { $0.localName == localName }
    }
}

/// An attribute of a `ParsedElement`, its prefix resolved to a namespace URI.
struct ParsedAttribute: Sendable, Equatable {
    var qualifiedName: String
    var localName: String
    var namespaceURI: String?
    var value: String
}
