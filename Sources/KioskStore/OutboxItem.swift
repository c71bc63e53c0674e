import Foundation

/// A finalized draft waiting to reach the center, with its retry bookkeeping.
public struct OutboxItem: Sendable, Equatable {
    public var draftID: String
    public var draftCode: String
    /// The OpenRosa instanceID ("uuid:..."), the same for every retry so the center can tell.
    public var instanceID: String
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    /// When the center refused it for good; nil while it is still being tried.
    public var parkedAt: Date?
}

/// How many uploads wait, for the technician's `kiosk sync status`.
public struct OutboxSummary: Sendable, Equatable {
    public var pending: Int
    public var parked: Int
    public var uploaded: Int
    public var nextAttemptAt: Date?
    public var lastError: String?

    public init(pending: Int, parked: Int, uploaded: Int, nextAttemptAt: Date?, lastError: String?) {
        self.pending = pending
        self.parked = parked
        self.uploaded = uploaded
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
    }
}
