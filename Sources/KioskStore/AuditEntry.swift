import Foundation

/// One line of the audit log: what happened to which draft, never what the citizen answered.
public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    /// A dotted event name, e.g. "upload.accepted", "draft.purged".
    public var event: String
    public var draftID: String?
    /// A technical detail (an HTTP status, an error kind); never personal data.
    public var detail: String?
}
