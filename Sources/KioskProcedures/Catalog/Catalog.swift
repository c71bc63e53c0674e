import Foundation

/// The procedures offered by a terminal, in the order their tiles are shown.
public struct Catalog: Sendable, Equatable {
    public var procedures: [Procedure]

    public init(procedures: [Procedure]) {
        self.procedures = procedures
    }

    /// Reads a catalog definition (JSON: `{"procedures": [...]}`).
    public static func decode(_ data: Data) throws(CatalogError) -> Catalog {
        struct File: Decodable { var procedures: [Procedure] }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .malformed(String(describing: error))
        }
        var seen = Set<String>()
        for procedure in file.procedures where !seen.insert(procedure.id).inserted {
            throw .duplicateID(procedure.id)
        }
        return Catalog(procedures: file.procedures)
    }

    public func procedure(id: String) -> Procedure? {
        procedures.first { $0.id == id }
    }
}

/// Why a catalog definition was refused.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case duplicateID(String)
    case missingForm(procedure: String, form: String)

    public var description: String {
        switch self {
        case .malformed(let reason): "catalog: malformed: \(reason)"
        case .duplicateID(let id): "catalog: procedure \(id) appears twice"
        case .missingForm(let procedure, let form):
            "catalog: procedure \(procedure) needs form \(form), which is not installed"
        }
    }
}
