import Foundation
import KioskForms
import KioskPrinting
import KioskProcedures

/// The official paper forms the center prints for a submission, the same as the terminal prints
/// them (print templates, QR code, draft code): the procedures catalog, the forms and the print
/// templates of the kiosk's Assets folder (`procedures/catalog.json`, `forms/`, `templates/`).
public struct OfficialForms: Sendable {
    public var root: URL
    /// The commune printed on the forms.
    public var commune: String
    let catalog: Catalog

    /// Reads the catalog under `root`; forms and templates are read when a form is printed.
    public init(root: URL, commune: String) throws(CenterError) {
        self.root = root
        self.commune = commune
        let url = root.appendingPathComponent("procedures/catalog.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CenterError(operation: "read catalog", reason: "no \(url.path)")
        }
        do {
            catalog = try Catalog.decode(data)
        } catch {
            throw CenterError(operation: "read catalog", reason: "\(url.path): \(error)")
        }
    }

    /// Finds the assets: an explicit path, else $KIOSK_ASSETS, else an Assets folder above the
    /// executable (a checkout), else the installed /usr/share/villagekiosk; nil when none is found.
    public static func locateAssets(explicit: String? = nil) -> URL? {
        let manager = FileManager.default
        func valid(_ url: URL) -> Bool {
            manager.fileExists(atPath: url.appendingPathComponent("procedures/catalog.json").path)
        }
        if let explicit { return valid(URL(fileURLWithPath: explicit)) ? URL(fileURLWithPath: explicit) : nil }
        if let env = ProcessInfo.processInfo.environment["KIOSK_ASSETS"], valid(URL(fileURLWithPath: env)) {
            return URL(fileURLWithPath: env)
        }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Assets")
            if valid(candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let installed = URL(fileURLWithPath: "/usr/share/villagekiosk")
        return valid(installed) ? installed : nil
    }

    /// The procedure whose official form prints submissions of `formID`: the first in the catalog
    /// with print templates.
    public func procedure(formID: String) -> Procedure? {
        catalog.procedures.first { $0.form == formID && !$0.printTemplates.isEmpty }
    }

    /// The PDF of the official form filled from a stored instance.
    ///
    /// Fails with a clear error when the form or its templates are missing, or the instance is not
    /// of the form; the error names no answer (no personal data in logs).
    public func pdf(instanceXML: Data, formID: String, draftCode: String, date: Date) throws(CenterError)
        -> Data
    {
        guard let procedure = procedure(formID: formID) else {
            throw CenterError(operation: "print", reason: "no procedure with print templates for form \(formID)")
        }
        let form = try loadForm(id: formID)
        let session: FormSession
        do {
            session = try FormSession(form: form, instanceXML: instanceXML, startedAt: date)
        } catch {
            throw CenterError(operation: "print", reason: "the instance does not fit form \(formID)")
        }
        do {
            let templates = try procedure.printTemplates.map { id throws(TemplateError) in
                try PrintTemplate.load(id: id, from: root.appendingPathComponent("templates"))
            }
            let data = TemplateData(
                form: form, session: session, draftCode: draftCode, commune: commune,
                agency: procedure.agency["vi"] ?? "", date: date)
            return try PrintedForm(templates: templates, data: data).pdf()
        } catch {
            throw CenterError(operation: "print", reason: "\(error)")
        }
    }

    /// Reads and parses a form with the attachments it names from its media folder.
    func loadForm(id: String) throws(CenterError) -> XForm {
        guard FormCatalog.isSafe(id) else { throw CenterError(operation: "print", reason: "bad form id") }
        let forms = root.appendingPathComponent("forms")
        let media = forms.appendingPathComponent(id + "-media")
        guard let data = FileManager.default.contents(atPath: forms.appendingPathComponent(id + ".xml").path) else {
            throw CenterError(operation: "print", reason: "no form \(id) in \(forms.path)")
        }
        do {
            var attachments: [String: Data] = [:]
            for name in try XForm.attachmentNames(in: data) where FormCatalog.isSafe(name) {
                if let file = FileManager.default.contents(atPath: media.appendingPathComponent(name).path) {
                    attachments[name] = file
                }
            }
            return try XForm.parse(data, attachments: attachments)
        } catch {
            throw CenterError(operation: "print", reason: "form \(id): \(error)")
        }
    }
}
