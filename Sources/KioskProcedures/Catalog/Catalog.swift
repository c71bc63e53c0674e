import Foundation

/// The procedures offered by a terminal, in the order their tiles are shown.
public struct Catalog: Sendable, Equatable {
    public var procedures: [Procedure]

    public init(procedures: [Procedure]) {
        self.procedures = procedures
    }

    /// Reads a catalog definition (Assets/procedures/catalog.json), checking everything a terminal
    /// relies on: unique ids, names usable as file names, a Vietnamese text for every text, fees,
    /// times, contacts and the checklist conditions (parsed here, so a bad one never reaches a citizen).
    ///
    /// The format (JSON; `?` marks an optional key):
    /// ```
    /// { "version"?: 1,
    ///   "procedures": [ {
    ///     "id": "birth-3in1", "forms": ["birth-3in1"], "icon": "child",
    ///     "names": {"vi": "...", "en": "..."}, "keywords"?: {"vi": ["khai sinh", ...], "en": [...]},
    ///     "agency": {"vi": "Ủy ban nhân dân", "en": "..."},
    ///     "contact"?: {"phone"?: "0269 3812 345", "email"?: "..."},
    ///     "fee": {"kind": "free" | "setByProvince"} | {"kind": "fixed" | "perCopy", "dong": 8000},
    ///     "processingTime": {"kind": "sameDay"} | {"kind": "workingDays", "days": 10},
    ///     "printTemplates"?: ["..."],
    ///     "queueService"?: "A",   (the queue's service letter; default: the queue's first)
    ///     "checklist"?: [ {
    ///       "id": "witness-statement", "picture": "witness-statement",
    ///       "words": {"vi": "...", "en": "..."},
    ///       "condition"?: "selected(/data/child/birth_place, 'home')",
    ///       "when"?: {"vi": "Nếu cháu sinh ở nhà", "en": "..."},   (required with a condition)
    ///       "ifAvailable"?: false } ] } ] }
    /// ```
    public static func decode(_ data: Data) throws(CatalogError) -> Catalog {
        let file = try CatalogFile.decode(CatalogFile.Root.self, from: data)
        if let version = file.version, version != 1 { throw .unsupportedVersion(version) }
        var procedures: [Procedure] = []
        for entry in file.procedures {
            guard !procedures.contains(where: { $0.id == entry.id }) else { throw .duplicateID(entry.id) }
            procedures.append(try CatalogFile.procedure(entry))
        }
        return Catalog(procedures: procedures)
    }

    public func procedure(id: String) -> Procedure? {
        procedures.first { $0.id == id }
    }
}
