import Foundation

/// One draft to send, as the uploader sees it.
public struct PendingUpload: Sendable, Equatable {
    public var draftID: String
    public var draftCode: String
    public var instanceID: String
    /// Tries made before this one.
    public var attempts: Int
    /// Why the last try failed, as `UploadPolicy.reason` put it.
    public var lastError: String?

    public init(draftID: String, draftCode: String, instanceID: String, attempts: Int, lastError: String? = nil) {
        self.draftID = draftID
        self.draftCode = draftCode
        self.instanceID = instanceID
        self.attempts = attempts
        self.lastError = lastError
    }
}

/// Where the uploader's work comes from and where its results go: the terminal's outbox.
/// Every method commits durably before returning, so a crash repeats at most one upload, which
/// the center recognises by instanceID.
public protocol UploadQueue: Sendable {
    /// Drafts due at `now`, oldest first (the queue also picks up finalized drafts not queued yet).
    func due(at now: Date) throws(SyncError) -> [PendingUpload]
    /// The instance XML of a queued draft.
    func instanceXML(draftID: String) throws(SyncError) -> Data
    func accepted(draftID: String, at now: Date) throws(SyncError)
    func retry(draftID: String, reason: String, at next: Date, now: Date) throws(SyncError)
    func park(draftID: String, reason: String, at now: Date) throws(SyncError)
    /// When the earliest waiting draft is due; nil when none waits.
    func nextDue() throws(SyncError) -> Date?
}
