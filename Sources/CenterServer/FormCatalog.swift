import Crypto
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The forms the center offers, read from its forms/ folder: `<formID>.xml` files (XForms) and
/// their media in `<formID>-media/`.
public struct FormCatalog: Sendable {
    public struct Form: Sendable, Equatable {
        public var formID: String
        public var name: String
        public var version: String?
        public var file: URL
        public var hash: String
        public var media: [Media]
    }

    public struct Media: Sendable, Equatable {
        public var filename: String
        public var file: URL
        public var hash: String
    }

    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Every readable form; files that do not parse as XForms are left out.
    public func forms() -> [Form] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            form(fileName: name)
        }
    }

    /// The form with this id, nil when none.
    public func form(id: String) -> Form? {
        guard Self.isSafe(id) else { return nil }
        return form(fileName: id + ".xml")
    }

    func form(fileName: String) -> Form? {
        let file = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let reader = HeadReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        _ = parser.parse()
        let formID = String(fileName.dropLast(4))
        guard reader.instanceRootID == formID else { return nil }
        let mediaFolder = folder.appendingPathComponent(formID + "-media")
        let mediaNames = ((try? FileManager.default.contentsOfDirectory(atPath: mediaFolder.path)) ?? []).sorted()
        let media = mediaNames.filter(Self.isSafe).compactMap { name -> Media? in
            let url = mediaFolder.appendingPathComponent(name)
            guard let bytes = FileManager.default.contents(atPath: url.path) else { return nil }
            return Media(filename: name, file: url, hash: Self.md5(bytes))
        }
        return Form(
            formID: formID, name: reader.title ?? formID, version: reader.instanceRootVersion, file: file,
            hash: Self.md5(data), media: media)
    }

    static func md5(_ data: Data) -> String {
        "md5:" + Insecure.MD5.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// A file or form name with no path in it.
    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
            && name.utf8.count <= 200
    }

    private final class HeadReader: NSObject, XMLParserDelegate {
        var title: String?
        var inTitle = false
        var inInstance = false
        var instanceRootID: String?
        var instanceRootVersion: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            if local == "title", title == nil {
                inTitle = true
                title = ""
            } else if local == "instance", attributeDict["id"] == nil, instanceRootID == nil {
                inInstance = true
            } else if inInstance {
                instanceRootID = attributeDict["id"]
                instanceRootVersion = attributeDict["version"]
                inInstance = false
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { title? += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            if inTitle { inTitle = false }
        }
    }
}
