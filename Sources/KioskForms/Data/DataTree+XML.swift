extension DataTree {
    /// The namespace of XForms itself: instance elements inherit it as the default namespace in
    /// the form, but submissions carry them without it, as ODK Collect sends them.
    static let xformsNamespace = "http://www.w3.org/2002/xforms"

    /// Writes the root element as a UTF-8 XML document, two-space indented, one element a line.
    ///
    /// `include(node)` leaves a subtree out (templates, non-relevant nodes); `value(node)` gives each
    /// leaf's text. The root declares every prefix used in the tree, so the document stands alone
    /// however the form declared them. The same data gives the same bytes.
    func xmlDocument(include: (Int) -> Bool, value: (Int) -> String) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let root {
            write(root, to: &output, depth: 0, declarations: namespaceDeclarations(), include: include, value: value)
        }
        return output
    }

    private func write(
        _ index: Int, to output: inout String, depth: Int, declarations: [(String, String)],
        include: (Int) -> Bool, value: (Int) -> String
    ) {
        let node = nodes[index]
        let indent = String(repeating: "  ", count: depth)
        output += indent + "<" + node.name
        for (name, uri) in declarations { output += " \(name)=\"\(Self.escapeAttribute(uri))\"" }
        for attribute in orderedAttributes(of: node) {
            output += " \(attribute.name)=\"\(Self.escapeAttribute(attribute.value))\""
        }
        if node.children.isEmpty {
            let text = value(index)
            output += text.isEmpty ? "/>\n" : ">" + Self.escapeText(text) + "</" + node.name + ">\n"
            return
        }
        output += ">\n"
        for child in node.children where include(child) {
            write(child, to: &output, depth: depth + 1, declarations: [], include: include, value: value)
        }
        output += indent + "</" + node.name + ">\n"
    }

    /// id and version first, as servers show them, then the rest by name.
    private func orderedAttributes(of node: Node) -> [Attribute] {
        let rank = { (attribute: Attribute) in ["id": 0, "version": 1][attribute.name] ?? 2 }
        return node.attributes.sorted { (rank($0), $0.name) < (rank($1), $1.name) }
    }

    private func namespaceDeclarations() -> [(String, String)] {
        var prefixes: [String: String] = [:]
        func note(_ qualifiedName: String, _ uri: String?) {
            guard let colon = qualifiedName.firstIndex(of: ":"), let uri else { return }
            let prefix = String(qualifiedName[..<colon])
            if prefix != "xml" { prefixes[prefix] = prefixes[prefix] ?? uri }
        }
        for node in nodes.dropFirst() {
            note(node.name, node.namespaceURI)
            for attribute in node.attributes { note(attribute.name, attribute.namespaceURI) }
        }
        var declarations = prefixes.sorted { $0.key < $1.key }.map { ("xmlns:" + $0.key, $0.value) }
        if let root, !nodes[root].name.contains(":"), let uri = nodes[root].namespaceURI, uri != Self.xformsNamespace {
            declarations.insert(("xmlns", uri), at: 0)
        }
        return declarations
    }

    static func escapeText(_ text: String) -> String {
        escape(text, extra: [:])
    }

    static func escapeAttribute(_ text: String) -> String {
        escape(text, extra: ["\"": "&quot;", "\t": "&#9;", "\n": "&#10;"])
    }

    private static func escape(_ text: String, extra: [Unicode.Scalar: String]) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\r": output += "&#13;"
            default:
                if let replacement = extra[scalar] {
                    output += replacement
                } else if !Question.isForbiddenInXML(scalar) {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
