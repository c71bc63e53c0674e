import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The leaf values of a submission's instance XML, by absolute path ("/data/birth_year"), as
/// `FormSession.submissionXML` writes them: what `FormDocument` and `SubmissionPayload` take as
/// answers. Empty leaves are left out. Elements are named as written, prefix included.
public enum InstanceValues {
    public static func read(_ xml: Data) throws(InstanceValuesError) -> [String: String] {
        // Foundation's XMLParser traps on names that are not valid UTF-8: never hand it such bytes.
        guard String(validating: xml, as: UTF8.self) != nil else {
            throw InstanceValuesError(reason: "not valid UTF-8")
        }
        let collector = Collector()
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        // No DTDs, no external entities: the file may come from anywhere.
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), collector.failure == nil else {
            let reason = collector.failure ?? parser.parserError.map { "\($0)" } ?? "unknown error"
            throw InstanceValuesError(reason: reason)
        }
        guard collector.sawRoot else { throw InstanceValuesError(reason: "no root element") }
        // XMLParser on Linux reports a document cut off inside an element as a success.
        guard collector.isClosed else { throw InstanceValuesError(reason: "the document ends inside an element") }
        return collector.values
    }

    /// XMLParser's delegate; lives only for one `read`, on its thread.
    private final class Collector: NSObject, XMLParserDelegate {
        var values: [String: String] = [:]
        var failure: String?
        var sawRoot = false
        private var path: [String] = []
        var isClosed: Bool { path.isEmpty }
        private var text = ""
        private var hasChildren: [Bool] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            if path.isEmpty && sawRoot {
                failure = "more than one root element"
                parser.abortParsing()
            }
            sawRoot = true
            if !hasChildren.isEmpty { hasChildren[hasChildren.count - 1] = true }
            path.append(qualifiedName ?? elementName)
            hasChildren.append(false)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            if hasChildren.last == false {
                let key = "/" + path.joined(separator: "/")
                guard values[key] == nil else {
                    // A repeat: this version of the forms has none, and a later value must not
                    // silently replace an earlier one.
                    failure = "\(key) appears twice"
                    parser.abortParsing()
                    return
                }
                let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { values[key] = value }
            }
            path.removeLast()
            hasChildren.removeLast()
            text = ""
        }
    }
}

/// An instance XML that could not be read.
public struct InstanceValuesError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "instance xml: \(reason)" }
}
