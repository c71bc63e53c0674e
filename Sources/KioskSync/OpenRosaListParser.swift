import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads OpenRosa form lists (`<xforms><xform>...`) and manifests (`<manifest><mediaFile>...`):
/// flat records of text fields, collected by element name.
enum OpenRosaListParser {
    /// The records named `record` in `data`, each a dictionary of its child elements' text.
    static func records(named record: String, in data: Data) throws(SyncError) -> [[String: String]] {
        let reader = Reader(record: record)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw SyncError(
                operation: "read \(record) list", reason: "malformed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        }
        return reader.records
    }

    static func formList(_ data: Data) throws(SyncError) -> [FormListEntry] {
        try records(named: "xform", in: data).map { (fields: [String: String]) throws(SyncError) -> FormListEntry in
            guard let id = fields["formID"], let hash = fields["hash"],
                let url = fields["downloadUrl"].flatMap(URL.init)
            else { throw SyncError(operation: "read form list", reason: "an xform lacks formID, hash or downloadUrl") }
            return FormListEntry(
                formID: id, name: fields["name"] ?? id, version: fields["version"].flatMap { $0.isEmpty ? nil : $0 },
                hash: hash, downloadURL: url, manifestURL: fields["manifestUrl"].flatMap(URL.init))
        }
    }

    static func manifest(_ data: Data) throws(SyncError) -> [MediaFileEntry] {
        try records(named: "mediaFile", in: data).map {
            (fields: [String: String]) throws(SyncError) -> MediaFileEntry in
            guard let name = fields["filename"], let hash = fields["hash"],
                let url = fields["downloadUrl"].flatMap(URL.init)
            else {
                throw SyncError(operation: "read manifest", reason: "a mediaFile lacks filename, hash or downloadUrl")
            }
            return MediaFileEntry(filename: name, hash: hash, downloadURL: url)
        }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let record: String
        var records: [[String: String]] = []
        var current: [String: String]?
        var field: String?
        var text = ""

        init(record: String) {
            self.record = record
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            if elementName == record {
                current = [:]
            } else if current != nil {
                field = elementName
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if field != nil { text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            if elementName == record, let current {
                records.append(current)
                self.current = nil
            } else if elementName == field {
                current?[elementName] = text.trimmingCharacters(in: .whitespacesAndNewlines)
                field = nil
            }
        }
    }
}
