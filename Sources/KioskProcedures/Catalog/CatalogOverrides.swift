import Foundation

/// What a commune changes in the shipped catalog, set by the technician at provisioning: its phone
/// and e-mail, and per procedure the agency's name, contact, fee (land fees differ by province) and
/// processing time.
///
/// JSON (`?` marks an optional key):
/// ```
/// { "contact"?: {"phone"?: "0269 3812 345", "email"?: "motcua@iaphang.gialai.gov.vn"},
///   "procedures"?: { "land-first-registration": {
///       "agency"?: {"vi": "..."}, "contact"?: {...},
///       "fee"?: {"kind": "fixed", "dong": 100000}, "processingTime"?: {"kind": "workingDays", "days": 15} } } }
/// ```
public struct CatalogOverrides: Sendable, Equatable {
    /// What one procedure's entry changes; nil fields keep the catalog's value.
    public struct ProcedureOverride: Sendable, Equatable {
        /// Replaces the agency's name in each language it gives; other languages keep the catalog's.
        public var agency: [String: String]
        public var contact: Contact
        public var fee: Fee?
        public var processingTime: ProcessingTime?

        public init(
            agency: [String: String] = [:], contact: Contact = Contact(), fee: Fee? = nil,
            processingTime: ProcessingTime? = nil
        ) {
            self.agency = agency
            self.contact = contact
            self.fee = fee
            self.processingTime = processingTime
        }
    }

    /// The commune's contact, for every procedure.
    public var contact: Contact
    /// By procedure id.
    public var procedures: [String: ProcedureOverride]

    public init(contact: Contact = Contact(), procedures: [String: ProcedureOverride] = [:]) {
        self.contact = contact
        self.procedures = procedures
    }

    /// Reads overrides from provisioning JSON; phones, e-mails, fees and times are checked as in a catalog.
    public static func decode(_ data: Data) throws(CatalogError) -> CatalogOverrides {
        let file = try CatalogFile.decode(CatalogFile.OverridesRoot.self, from: data)
        var overrides = CatalogOverrides(contact: try CatalogFile.contact(file.contact, procedure: nil))
        for (id, entry) in file.procedures ?? [:] {
            overrides.procedures[id] = ProcedureOverride(
                agency: entry.agency ?? [:], contact: try CatalogFile.contact(entry.contact, procedure: id),
                fee: try entry.fee.map { fee throws(CatalogError) in try CatalogFile.fee(fee, procedure: id) },
                processingTime: try entry.processingTime.map { time throws(CatalogError) in
                    try CatalogFile.processingTime(time, procedure: id)
                })
        }
        return overrides
    }
}

extension Catalog {
    /// The catalog as a commune sees it: each field the overrides set replaces the catalog's; for
    /// contacts, a procedure's own override wins over the commune's, which wins over the catalog's.
    ///
    /// Throws ``CatalogError/unknownProcedure(_:)`` for overrides of a procedure the catalog does not
    /// have, so a misspelt id at provisioning is caught instead of silently doing nothing.
    public func applying(_ overrides: CatalogOverrides) throws(CatalogError) -> Catalog {
        if let unknown = overrides.procedures.keys.sorted().first(where: { procedure(id: $0) == nil }) {
            throw .unknownProcedure(unknown)
        }
        var merged = self
        for index in merged.procedures.indices {
            var procedure = merged.procedures[index]
            procedure.contact = procedure.contact.merging(overrides.contact)
            if let own = overrides.procedures[procedure.id] {
                procedure.contact = procedure.contact.merging(own.contact)
                procedure.agency.merge(own.agency) { _, new in new }
                procedure.fee = own.fee ?? procedure.fee
                procedure.processingTime = own.processingTime ?? procedure.processingTime
            }
            merged.procedures[index] = procedure
        }
        return merged
    }
}
