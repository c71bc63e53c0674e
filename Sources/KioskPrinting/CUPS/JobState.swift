internal import CCUPS

/// Where a job is in its life, as IPP's `job-state` says.
///
/// A job sent to a stopped queue is `pending` (with reason `printer-stopped`), not `held`: `held`
/// means someone asked to hold it (`job-hold-until`).
public enum JobState: String, Sendable, Equatable, CaseIterable {
    case pending, held, processing, stopped, canceled, aborted, completed

    /// Whether the job will not change state again.
    public var isFinal: Bool {
        switch self {
        case .canceled, .aborted, .completed: true
        case .pending, .held, .processing, .stopped: false
        }
    }

    /// The state for an IPP `job-state` value (3...9); nil for a value IPP does not define.
    init?(ipp value: Int32) {
        switch UInt32(bitPattern: value) {
        case IPP_JSTATE_PENDING.rawValue: self = .pending
        case IPP_JSTATE_HELD.rawValue: self = .held
        case IPP_JSTATE_PROCESSING.rawValue: self = .processing
        case IPP_JSTATE_STOPPED.rawValue: self = .stopped
        case IPP_JSTATE_CANCELED.rawValue: self = .canceled
        case IPP_JSTATE_ABORTED.rawValue: self = .aborted
        case IPP_JSTATE_COMPLETED.rawValue: self = .completed
        default: return nil
        }
    }
}
