/// Why a catalog definition, or a commune's overrides of it, was refused. The message names the
/// procedure and field for the technician.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON, or not the shape of a catalog (a missing key, a number where text belongs).
    case malformed(String)
    /// A `version` this reader does not know.
    case unsupportedVersion(Int)
    case duplicateID(String)
    /// An id, form, icon, picture or template name that is empty or has characters other than
    /// a-z, 0-9, "-" and "_" (they become file names and prompt ids).
    case invalidName(procedure: String, field: String, value: String)
    /// A text without its Vietnamese version (every text needs one: it is what every language falls
    /// back on).
    case missingVietnamese(procedure: String, field: String)
    case noForm(procedure: String)
    case duplicateChecklistItem(procedure: String, item: String)
    /// A condition that does not parse, calls an unknown function or reads a secondary instance.
    case invalidCondition(procedure: String, item: String, reason: String)
    /// A conditional item without words for its case, so the checklist before the form could not say
    /// when it is needed.
    case missingCase(procedure: String, item: String)
    case invalidPhone(procedure: String?, value: String)
    case invalidEmail(procedure: String?, value: String)
    case invalidFee(procedure: String?, reason: String)
    case invalidProcessingTime(procedure: String?, reason: String)
    /// Overrides for a procedure the catalog does not have (a typo at provisioning).
    case unknownProcedure(String)
    case missingForm(procedure: String, form: String)

    public var description: String {
        switch self {
        case .malformed(let reason): "catalog: malformed: \(reason)"
        case .unsupportedVersion(let version): "catalog: version \(version) is not supported (this terminal reads 1)"
        case .duplicateID(let id): "catalog: procedure \(id) appears twice"
        case .invalidName(let procedure, let field, let value):
            "catalog: procedure \(procedure): \(field) \"\(value)\" must be a-z, 0-9, - or _"
        case .missingVietnamese(let procedure, let field):
            "catalog: procedure \(procedure): \(field) has no \"vi\" text"
        case .noForm(let procedure): "catalog: procedure \(procedure) has no form"
        case .duplicateChecklistItem(let procedure, let item):
            "catalog: procedure \(procedure): checklist item \(item) appears twice"
        case .invalidCondition(let procedure, let item, let reason):
            "catalog: procedure \(procedure): checklist item \(item): condition: \(reason)"
        case .missingCase(let procedure, let item):
            "catalog: procedure \(procedure): checklist item \(item) has a condition but no \"when\" words"
        case .invalidPhone(let procedure, let value):
            "catalog: \(Self.scope(procedure))phone \"\(value)\" is not a Vietnamese phone number"
        case .invalidEmail(let procedure, let value):
            "catalog: \(Self.scope(procedure))e-mail \"\(value)\" is not valid"
        case .invalidFee(let procedure, let reason): "catalog: \(Self.scope(procedure))fee: \(reason)"
        case .invalidProcessingTime(let procedure, let reason):
            "catalog: \(Self.scope(procedure))processing time: \(reason)"
        case .unknownProcedure(let id): "catalog overrides: there is no procedure \(id) in the catalog"
        case .missingForm(let procedure, let form):
            "catalog: procedure \(procedure) needs form \(form), which is not installed"
        }
    }

    private static func scope(_ procedure: String?) -> String {
        procedure.map { "procedure \($0): " } ?? ""
    }
}
