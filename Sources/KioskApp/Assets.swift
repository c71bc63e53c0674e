import Foundation
import KioskForms
import KioskProcedures

/// The read-only definitions a terminal runs: the catalog, forms and icons.
public struct Assets: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    public var formsURL: URL { root.appendingPathComponent("forms") }
    public var iconsURL: URL { root.appendingPathComponent("icons") }
    public var catalogURL: URL { root.appendingPathComponent("procedures/catalog.json") }
    public var examplesURL: URL { root.appendingPathComponent("examples") }

    /// Finds the assets: an explicit path, else $KIOSK_ASSETS, else an Assets folder above the
    /// executable (a checkout), else the installed /usr/share/villagekiosk.
    public static func locate(explicit: String? = nil) throws(AppError) -> Assets {
        let manager = FileManager.default
        func valid(_ url: URL) -> Bool {
            manager.fileExists(atPath: url.appendingPathComponent("procedures/catalog.json").path)
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard valid(url) else { throw AppError("no assets at \(explicit) (procedures/catalog.json is missing)") }
            return Assets(root: url)
        }
        if let env = ProcessInfo.processInfo.environment["KIOSK_ASSETS"], valid(URL(fileURLWithPath: env)) {
            return Assets(root: URL(fileURLWithPath: env))
        }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Assets")
            if valid(candidate) { return Assets(root: candidate) }
            dir = dir.deletingLastPathComponent()
        }
        let installed = URL(fileURLWithPath: "/usr/share/villagekiosk")
        if valid(installed) { return Assets(root: installed) }
        throw AppError("cannot find the Assets folder: pass --assets DIR or set KIOSK_ASSETS")
    }

    public func catalog() throws(AppError) -> Catalog {
        do {
            return try Catalog.decode(Data(contentsOf: catalogURL))
        } catch let error as CatalogError {
            throw AppError("\(catalogURL.path): \(error)")
        } catch {
            throw AppError("cannot read \(catalogURL.path): \(error)")
        }
    }

    /// An example filling (examples/NAME.answers.json: path → lexical value), as families answer:
    /// for demonstrations, benchmarks and tests.
    public func example(_ name: String) throws(AppError) -> [String: String] {
        let url = examplesURL.appendingPathComponent("\(name).answers.json")
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        } catch {
            throw AppError("cannot read the example \(url.path): \(error)")
        }
    }

    /// The form of every procedure in the catalog, by form id.
    public func forms(for catalog: Catalog) throws(AppError) -> [String: XForm] {
        var forms: [String: XForm] = [:]
        for procedure in catalog.procedures where forms[procedure.form] == nil {
            let url = formsURL.appendingPathComponent("\(procedure.form).xml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw AppError("\(CatalogError.missingForm(procedure: procedure.id, form: procedure.form))")
            }
            do {
                forms[procedure.form] = try FormFiles(url: url).load()
            } catch {
                throw AppError("\(url.path): \(error)")
            }
        }
        return forms
    }

    /// Folders searched for icons: each form's media folder, then the shared icons.
    public func iconDirectories(forms: [String]) -> [URL] {
        forms.map { formsURL.appendingPathComponent("\($0)-media") } + [iconsURL]
    }
}
