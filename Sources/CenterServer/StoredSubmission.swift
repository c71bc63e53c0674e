import Foundation

/// A submission as the center holds it (the XML unsealed only when asked for).
public struct StoredSubmission: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case received, processing, ready, rejected
    }

    public var instanceID: String
    public var formID: String
    public var formVersion: String?
    public var draftCode: String?
    public var deviceName: String
    public var receivedAt: Date
    public var state: State
    public var reason: String?
}

/// What storing a submission came to.
public enum StoreOutcome: Sendable, Equatable {
    /// New: stored.
    case created
    /// The same XML under the same instanceID again (a retry): nothing changes.
    case duplicate
    /// Another XML under an instanceID already held: refused.
    case conflict
}
