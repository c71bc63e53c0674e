import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What the center reads from an instance XML: the form (root `id`, `version`) and the
/// instanceID (`meta/instanceID`), plus its leaf values for the staff page.
public struct SubmittedInstance: Sendable, Equatable {
    public var formID: String
    public var formVersion: String?
    public var instanceID: String
    /// Leaf elements in document order: path below the root, and text.
    public var fields: [(path: String, value: String)]

    public static func == (a: Self, b: Self) -> Bool {
        a.formID == b.formID && a.formVersion == b.formVersion && a.instanceID == b.instanceID
            && a.fields.map(\.path) == b.fields.map(\.path) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    public static let maxDepth = 64

    /// Parses an instance; refuses DTDs (no entity tricks), deep nesting, and instances without
    /// a form id or an instanceID.
    public static func parse(_ data: Data) throws(RequestProblem) -> SubmittedInstance {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).uppercased()
        guard !head.contains("<!DOCTYPE"), !head.contains("<!ENTITY") else {
            throw .malformed("DTDs are not accepted in submissions")
        }
        guard String(data: data, encoding: .utf8) != nil else { throw .malformed("submission is not UTF-8") }
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), !reader.tooDeep else {
            throw .malformed(reader.tooDeep ? "nested deeper than \(maxDepth)" : "submission XML does not parse")
        }
        guard let formID = reader.rootID, !formID.isEmpty else { throw .malformed("root element without id") }
        guard let instanceID = reader.instanceID, isValidInstanceID(instanceID) else {
            throw .malformed("no valid meta/instanceID")
        }
        return SubmittedInstance(
            formID: formID, formVersion: reader.rootVersion, instanceID: instanceID, fields: reader.fields)
    }

    static func isValidInstanceID(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count)
            && id.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ":-_.".unicodeScalars.contains($0))
            }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var stack: [String] = []
        var text = ""
        var hadChild = false
        var rootID: String?
        var rootVersion: String?
        var instanceID: String?
        var fields: [(path: String, value: String)] = []
        var tooDeep = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            if stack.isEmpty {
                rootID = attributeDict["id"]
                rootVersion = attributeDict["version"]
            }
            stack.append(Self.local(elementName))
            text = ""
            hadChild = false
            if stack.count > SubmittedInstance.maxDepth {
                tooDeep = true
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            let name = stack.last ?? ""
            if !hadChild, stack.count > 1 {
                let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
                fields.append((stack.dropFirst().joined(separator: "/"), value))
                if name == "instanceID", stack.count >= 2, stack[stack.count - 2] == "meta", instanceID == nil {
                    instanceID = value
                }
            }
            stack.removeLast()
            hadChild = true
            text = ""
        }

        static func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
    }
}
