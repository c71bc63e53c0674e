/// What a queue reports about itself: whether it prints, whether it takes jobs, and why not.
public struct PrinterStatus: Sendable, Equatable {
    /// IPP's `printer-state`.
    public enum State: String, Sendable, Equatable {
        case idle, processing, stopped
    }

    /// The queue's name.
    public var queue: String
    public var state: State
    /// Whether new jobs are accepted (a stopped queue may still accept and keep them pending).
    public var isAcceptingJobs: Bool
    /// `printer-state-reasons` keywords such as "media-empty-error" or "paused"; empty when CUPS says
    /// "none". Kept as CUPS's keywords so the UI can map them to messages in the citizen's language.
    public var reasons: [String]
    /// `printer-state-message`, free text for staff; nil when CUPS gives none.
    public var message: String?

    public init(queue: String, state: State, isAcceptingJobs: Bool, reasons: [String], message: String?) {
        self.queue = queue
        self.state = state
        self.isAcceptingJobs = isAcceptingJobs
        self.reasons = reasons
        self.message = message
    }
}
