import Foundation
import KioskForms
import KioskProcedures

/// The shipped catalog and forms, read from the repository's Assets.
enum Fixtures {
    static let assets = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets")

    static func catalog() throws -> Catalog {
        try Catalog.decode(Data(contentsOf: assets.appendingPathComponent("procedures/catalog.json")))
    }

    static func forms() throws -> [String: XForm] {
        let form = try XForm.parse(Data(contentsOf: assets.appendingPathComponent("forms/birth-certificate-copy.xml")))
        return [form.id: form]
    }
}
