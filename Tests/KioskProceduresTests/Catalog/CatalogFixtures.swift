import Foundation
import KioskForms
import KioskProcedures

/// The shipped catalog and forms, read from the source tree, and small inline catalogs and forms.
enum CatalogFixtures {
    /// Tests/KioskProceduresTests/Catalog -> the repository.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardizedFileURL
    static let assets = repository.appendingPathComponent("Assets")
    static let catalogURL = assets.appendingPathComponent("procedures/catalog.json")
    static let pictures = assets.appendingPathComponent("procedures/pictures")

    static func shippedCatalog() throws -> Catalog {
        try Catalog.decode(Data(contentsOf: catalogURL))
    }

    static func formExists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: formURL(name).path)
    }

    /// A form of Assets/forms with the attachments it names from its media folder.
    static func form(_ name: String) throws -> XForm {
        let data = try Data(contentsOf: formURL(name))
        var attachments: [String: Data] = [:]
        let media = assets.appendingPathComponent("forms/\(name)-media")
        for file in try XForm.attachmentNames(in: data) {
            attachments[file] = try Data(contentsOf: media.appendingPathComponent(file))
        }
        return try XForm.parse(data, attachments: attachments)
    }

    static func formURL(_ name: String) -> URL {
        assets.appendingPathComponent("forms/\(name).xml")
    }

    /// A catalog of one minimal valid procedure with some members replaced by raw JSON, or removed
    /// (nil): `["fee": #"{"kind": "nope"}"#]`. `top` adds members before "procedures".
    static func catalog(_ changes: [String: String?] = [:], top: String = "") -> Data {
        var members: [String: String] = [
            "id": #""p""#, "forms": #"["f"]"#, "icon": #""i""#, "names": #"{"vi": "Thủ tục"}"#,
            "agency": #"{"vi": "Ủy ban nhân dân"}"#, "fee": #"{"kind": "free"}"#,
            "processingTime": #"{"kind": "sameDay"}"#,
        ]
        for (key, value) in changes { members[key] = value }
        let text = members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        return Data("{\(top) \"procedures\": [{\(text)}]}".utf8)
    }

    /// A checklist of one item with these raw JSON members.
    static func checklist(_ item: String) -> [String: String?] {
        ["checklist": "[{\(item)}]"]
    }
}
