import Foundation
import KioskForms
import Testing

@testable import KioskPrinting

/// The template files and format: every shipped template reads, the catalog names only templates
/// that exist, bad files are refused with a reason, placeholders read the data.
@Suite("Print templates")
struct PrintTemplateTests {
    @Test("every template the catalog names exists, is for the procedure's form, and reads")
    func catalogTemplatesExist() throws {
        let catalog = try PrintFixtures.catalog()
        var named = 0
        for procedure in catalog.procedures {
            #expect(!procedure.printTemplates.isEmpty, "\(procedure.id) names no print template")
            for id in procedure.printTemplates {
                let template = try PrintTemplate.load(id: id, from: PrintFixtures.templates)
                #expect(template.form == procedure.form)
                #expect(template.blocks.contains(.qrCode) || id != procedure.printTemplates.first)
                named += 1
            }
        }
        #expect(named == 5)
    }

    @Test("every placeholder path of every template names a question or calculation of its form")
    func placeholdersNameRealPaths() throws {
        let files = try FileManager.default.contentsOfDirectory(
            at: PrintFixtures.templates, includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "json" }
        #expect(files.count == 5)
        for file in files {
            let template = try PrintTemplate.decode(Data(contentsOf: file))
            let form = try PrintFixtures.form(template.form)
            let xml = try String(
                contentsOf: PrintFixtures.assets.formsURL.appendingPathComponent("\(template.form).xml"),
                encoding: .utf8)
            for path in Self.paths(in: template) {
                // A bind exists for every node of the instance that holds data.
                #expect(
                    form.question(at: path) != nil || xml.contains("nodeset=\"\(path)\""),
                    "\(template.id): \(path) is not in \(template.form)")
            }
        }
    }

    @Test("a malformed template is an error that says where")
    func malformed() {
        let unknown = Data(#"{"id":"x","form":"f","title":"T","blocks":[{"type":"table"}]}"#.utf8)
        #expect(throws: TemplateError.self) { try PrintTemplate.decode(unknown) }
        do {
            _ = try PrintTemplate.decode(unknown)
        } catch {
            #expect(error.description.contains("blocks[0]"))
            #expect(error.description.contains("table"))
        }
        #expect(throws: TemplateError.self) { try PrintTemplate.decode(Data("not json".utf8)) }
        #expect(throws: TemplateError.missing("../etc/passwd")) {
            try PrintTemplate.load(id: "../etc/passwd", from: PrintFixtures.templates)
        }
        #expect(throws: TemplateError.missing("nothing-here")) {
            try PrintTemplate.load(id: "nothing-here", from: PrintFixtures.templates)
        }
    }

    @Test("placeholders: labels, codes, filters, alternatives, facts of printing")
    func placeholders() throws {
        let printed = try PrintFixtures.printed("birth-3in1")
        let data = printed.data
        #expect(data.resolve("{/data/child/child_sex}").text == "Con gái")
        #expect(data.resolve("{/data/child/child_sex|code}").text == "female")
        #expect(data.resolve("{/data/child/child_name|upper}").text == "GIÀNG THỊ MAI")
        #expect(data.resolve("{/data/child/dob|date}").text == "05/10/2026")
        #expect(
            data.resolve("{/data/child/dob|words}").text
                == "Ngày năm tháng mười năm hai nghìn không trăm hai mươi sáu")
        #expect(data.resolve("{/data/requester/requester_name}").allEmpty)
        #expect(data.resolve("{/data/requester/requester_name ?? /data/mother/mother_name}").text == "Vàng Thị Dợ")
        #expect(data.resolve("{/data/nothing ?? \"—\"}").text == "—")
        #expect(data.resolve("Mã {draft}, {commune}, {today}").text == "Mã 12345674, Xã Lũng Cú, 23/11/2026")
        #expect(data.resolve("no placeholder").allEmpty == false)
        #expect(data.resolve("{\"312.5\"|decimal} m²").text == "312,5 m²")
        #expect(data.resolve("{unclosed").text == "{unclosed")
    }

    static func paths(in template: PrintTemplate) -> [String] {
        var texts: [String] = [template.title] + (template.keyFields ?? [])
        func walk(_ blocks: [TemplateBlock]) {
            for block in blocks {
                switch block {
                case .field(let field): texts.append(field.value)
                case .row(let fields): texts += fields.map(\.value)
                case .ticks(let ticks): texts.append("{\(ticks.path)}")
                case .signatures(let items): texts += items.compactMap(\.name)
                case .repeatGroup(_, let inner): walk(inner)
                default: break
                }
            }
        }
        walk(template.blocks)
        var paths: [String] = []
        for text in texts {
            if text.hasPrefix("/") { paths.append(text) }
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                for alternative in rest[rest.index(after: open)..<close].components(separatedBy: "??") {
                    let path = alternative.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) }
                    if let path, path.hasPrefix("/") { paths.append(path) }
                }
                rest = rest[rest.index(after: close)...]
            }
        }
        return paths
    }
}
