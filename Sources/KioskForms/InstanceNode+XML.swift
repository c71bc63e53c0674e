import Foundation

extension InstanceNode {
    /// The namespace of XForms itself: instance elements inherit it as the default namespace in
    /// the form, but submissions carry them without it, as ODK Collect sends them.
    static let xformsNamespace = "http://www.w3.org/2002/xforms"

    /// Writes this node as the root of a UTF-8 XML document, two-space indented, one element a line.
    ///
    /// `value(node)` gives each leaf's text. The root declares every prefix used in the tree, so the
    /// document stands alone however the form declared them. Output is deterministic: the same
    /// values give the same bytes.
    func xmlDocument(value: (InstanceNode) -> String) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(to: &output, depth: 0, declarations: namespaceDeclarations(), value: value)
        return output
    }

    private func write(
        to output: inout String, depth: Int, declarations: [(String, String)], value: (InstanceNode) -> String
    ) {
        let indent = String(repeating: "  ", count: depth)
        output += indent + "<" + name
        for (name, uri) in declarations { output += " \(name)=\"\(Self.escapeAttribute(uri))\"" }
        for attribute in orderedAttributes {
            output += " \(attribute.qualifiedName)=\"\(Self.escapeAttribute(attribute.value))\""
        }
        if isLeaf {
            let text = value(self)
            output += text.isEmpty ? "/>\n" : ">" + Self.escapeText(text) + "</" + name + ">\n"
            return
        }
        output += ">\n"
        for child in children { child.write(to: &output, depth: depth + 1, declarations: [], value: value) }
        output += indent + "</" + name + ">\n"
    }

    /// id and version first, as servers and people expect to read them, then the rest by name.
    private var orderedAttributes: [ParsedAttribute] {
        let rank = { (attribute: ParsedAttribute) in ["id": 0, "version": 1][attribute.qualifiedName] ?? 2 }
        return attributes.sorted { (rank($0), $0.qualifiedName) < (rank($1), $1.qualifiedName) }
    }

    /// `xmlns` attributes for every prefix used in the tree, sorted; plus a default namespace when
    /// the root is in one other than XForms' own.
    private func namespaceDeclarations() -> [(String, String)] {
        var prefixes: [String: String] = [:]
        func note(_ qualifiedName: String, _ uri: String?) {
            guard let colon = qualifiedName.firstIndex(of: ":"), let uri else { return }
            let prefix = String(qualifiedName[..<colon])
            if prefix != "xml" { prefixes[prefix] = prefixes[prefix] ?? uri }
        }
        for node in allNodes {
            note(node.name, node.namespaceURI)
            for attribute in node.attributes { note(attribute.qualifiedName, attribute.namespaceURI) }
        }
        var declarations = prefixes.sorted { $0.key < $1.key }.map { ("xmlns:" + $0.key, $0.value) }
        if !name.contains(":"), let uri = namespaceURI, uri != Self.xformsNamespace {
            declarations.insert(("xmlns", uri), at: 0)
        }
        return declarations
    }

    /// Escapes character data; `>` too, so "]]>" in an answer cannot end anything, and CR as a
    /// reference because parsers would otherwise turn it into LF. Characters XML cannot carry are
    /// dropped (answers are checked on entry; this guards template values and restored drafts).
    static func escapeText(_ text: String) -> String {
        escape(text, extra: [:])
    }

    /// Escapes an attribute value; whitespace other than space as references, since parsers
    /// normalise raw tabs and newlines in attributes to spaces.
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
