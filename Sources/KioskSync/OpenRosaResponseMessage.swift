import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the `<message>` of an OpenRosaResponse document, the human-readable reason a server gives.
enum OpenRosaResponseMessage {
    static func parse(_ data: Data) -> String? {
        guard !data.isEmpty, data.count < 64 * 1024 else { return nil }
        let delegate = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return delegate.message?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var message: String?
        var inMessage = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            if elementName == "message" {
                inMessage = true
                message = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inMessage { message? += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            if elementName == "message" { inMessage = false }
        }
    }
}
