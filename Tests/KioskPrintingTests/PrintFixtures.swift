import Foundation
import KioskApp
import KioskForms
import KioskProcedures
import KioskTesting

@testable import KioskPrinting

/// The shipped assets (catalog, forms, templates) and the filled instances beside these tests.
enum PrintFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.appendingPathComponent("../..").standardizedFileURL
    static let assets = Assets(root: repository.appendingPathComponent("Assets"))
    static let templates = assets.root.appendingPathComponent("templates")
    static let printDate = Date(timeIntervalSince1970: 1_795_400_000)  // 23 Nov 2026, 09:13 in Ho Chi Minh City

    /// The procedures with a filled instance in Fixtures/<procedure>.xml.
    static let procedures = ["birth-certificate-copy", "birth-3in1", "land-first-registration"]

    static func catalog() throws -> Catalog { try assets.catalog() }

    static func form(_ id: String) throws -> XForm {
        try FormFiles(url: assets.formsURL.appendingPathComponent("\(id).xml")).load()
    }

    static func instance(_ procedure: String) throws -> Data {
        try Data(contentsOf: testsFolder.appendingPathComponent("Fixtures/\(procedure).xml"))
    }

    /// The printed form of a procedure filled from its fixture.
    static func printed(_ procedureID: String, draft: String = "12345674") throws -> PrintedForm {
        let catalog = try catalog()
        guard let procedure = catalog.procedure(id: procedureID) else {
            throw CupsdFixture.Failure(description: "no procedure \(procedureID)")
        }
        let form = try form(procedure.form)
        let session = try FormSession(form: form, instanceXML: instance(procedureID), startedAt: printDate)
        let templates = try procedure.printTemplates.map { try PrintTemplate.load(id: $0, from: Self.templates) }
        let data = TemplateData(
            form: form, session: session, draftCode: draft, commune: "Xã Lũng Cú", agency: procedure.agency["vi"] ?? "",
            date: printDate)
        return try PrintedForm(templates: templates, data: data)
    }

    /// A fresh scratch directory; the caller removes it.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// pdftotext's reading of a PDF, with the layout kept and whitespace runs folded to one space.
    static func text(ofPDF pdf: Data, in directory: URL) async throws -> String {
        let file = directory.appendingPathComponent("form.pdf")
        try pdf.write(to: file)
        let raw = try await CupsdFixture.runAsync("pdftotext", ["-enc", "UTF-8", file.path, "-"])
        return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Renders each page at `dpi` with pdftoppm; returns the PNGs in page order.
    static func pages(ofPDF pdf: Data, in directory: URL, dpi: Int = 200) async throws -> [URL] {
        let file = directory.appendingPathComponent("form.pdf")
        try pdf.write(to: file)
        try await CupsdFixture.runAsync(
            "pdftoppm", ["-r", String(dpi), "-png", file.path, directory.appendingPathComponent("page").path])
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("page") && $0.pathExtension == "png" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The option texts beside crossed boxes, in page order (a box is followed by its text).
    static func tickedOptions(_ pages: [LaidOutPage]) -> [String] {
        var ticked: [String] = []
        for page in pages {
            for (index, item) in page.items.enumerated() {
                guard case .box(_, true) = item, index + 1 < page.items.count,
                    case .text(let plain, _, _, _, _) = page.items[index + 1]
                else { continue }
                ticked.append(plain)
            }
        }
        return ticked
    }
}
