import Foundation

/// The print spool's decisions, apart from the CUPS calls that carry them out: which job to submit,
/// when to look at it again, which printer condition to report, when to resubmit, when a job is done.
///
/// The rules that keep a citizen's paper from being lost or printed twice:
/// - a job is submitted once; while CUPS holds it (pending, held, processing, stopped) it is only
///   watched, however long the printer is away, and CUPS prints it when the printer is back;
/// - a submission that failed before CUPS created a job is tried again later (nothing to duplicate);
/// - a job CUPS aborted, or no longer knows, is resubmitted once; a second loss fails the request,
///   which the caller keeps (the ticket number and the draft live with the caller, not here);
/// - a job a person canceled is not resubmitted.
///
/// Time is injected: every event carries `now`, every wait is a returned delay.
public struct PrintSpool: Sendable {
    /// One document to print.
    public struct Request: Sendable, Equatable {
        public var id: Int
        public var queue: String
        public var title: String

        public init(id: Int, queue: String, title: String) {
            self.id = id
            self.queue = queue
            self.title = title
        }
    }

    public enum Action: Sendable, Equatable {
        /// Send the request's document to CUPS now; answer with `submitted` or `submitFailed`.
        case submit(Request)
        /// Ask CUPS about the job after `delay`; answer with `observed`, `lost` or `watchFailed`.
        case watch(requestID: Int, jobID: Int, queue: String, after: Duration)
        /// Submit again after `delay` (nothing is in CUPS for this request).
        case retry(Request, after: Duration)
        /// Tell the terminal (and staff) the queue's condition changed.
        case report(queue: String, PrinterCondition)
        /// The job printed.
        case done(requestID: Int, jobID: Int)
        /// The request cannot be printed; the caller keeps its document.
        case fail(requestID: Int, reason: String)
    }

    enum Phase: Sendable, Equatable {
        case submitting
        case waiting(jobID: Int)
        case finished
    }

    struct Entry: Sendable {
        var request: Request
        var phase: Phase
        var resubmissions = 0
        var since: Date
    }

    var entries: [Int: Entry] = [:]
    /// The last condition reported per queue, so a condition is reported when it changes only.
    public private(set) var conditions: [String: PrinterCondition] = [:]

    /// How often a job is looked at while it waits.
    public var pollInterval: Duration
    /// How long to wait before submitting again when CUPS could not be reached at all.
    public var submitRetryInterval: Duration
    /// How many times a job CUPS lost is submitted again.
    public static let maximumResubmissions = 1

    public init(pollInterval: Duration = .milliseconds(500), submitRetryInterval: Duration = .seconds(2)) {
        self.pollInterval = pollInterval
        self.submitRetryInterval = submitRetryInterval
    }

    /// Requests not yet done or failed.
    public var pendingRequests: [Request] {
        entries.values.filter { $0.phase != .finished }.map(\.request).sorted { $0.id < $1.id }
    }

    /// The CUPS job a request is waiting on, if any.
    public func jobID(of requestID: Int) -> Int? {
        if case .waiting(let job) = entries[requestID]?.phase { return job }
        return nil
    }

    /// A new document to print.
    public mutating func enqueue(_ request: Request, now: Date) -> [Action] {
        entries[request.id] = Entry(request: request, phase: .submitting, since: now)
        return [.submit(request)]
    }

    /// CUPS accepted the document as job `jobID`.
    public mutating func submitted(requestID: Int, jobID: Int, now: Date) -> [Action] {
        guard var entry = entries[requestID], entry.phase == .submitting else { return [] }
        entry.phase = .waiting(jobID: jobID)
        entries[requestID] = entry
        return [.watch(requestID: requestID, jobID: jobID, queue: entry.request.queue, after: .zero)]
    }

    /// CUPS created no job (unreachable, queue not accepting): report why and try again later.
    public mutating func submitFailed(requestID: Int, condition: PrinterCondition, now: Date) -> [Action] {
        guard let entry = entries[requestID], entry.phase == .submitting else { return [] }
        if case .failed(let reason) = condition, !Self.isTransient(condition) {
            entries[requestID]?.phase = .finished
            return report(condition, on: entry.request.queue) + [.fail(requestID: requestID, reason: reason)]
        }
        return report(condition, on: entry.request.queue) + [.retry(entry.request, after: submitRetryInterval)]
    }

    /// What CUPS said about the job and its queue.
    public mutating func observed(
        requestID: Int, jobState: JobState, condition: PrinterCondition, now: Date
    ) -> [Action] {
        guard let entry = entries[requestID], case .waiting(let jobID) = entry.phase else { return [] }
        let queue = entry.request.queue
        switch jobState {
        case .completed:
            entries[requestID]?.phase = .finished
            // The printer took the job: whatever was wrong is fixed.
            let after = condition.isProblem ? PrinterCondition.ready : condition
            return report(after, on: queue) + [.done(requestID: requestID, jobID: jobID)]
        case .pending, .held, .processing, .stopped:
            return report(condition, on: queue)
                + [.watch(requestID: requestID, jobID: jobID, queue: queue, after: pollInterval)]
        case .aborted:
            return lost(requestID: requestID, reason: "job \(jobID) was aborted by CUPS", now: now)
        case .canceled:
            entries[requestID]?.phase = .finished
            return report(condition, on: queue)
                + [.fail(requestID: requestID, reason: "job \(jobID) was canceled on the printer")]
        }
    }

    /// CUPS no longer knows the job (or aborted it): submit it again, once.
    public mutating func lost(requestID: Int, reason: String, now: Date) -> [Action] {
        guard var entry = entries[requestID], case .waiting = entry.phase else { return [] }
        guard entry.resubmissions < Self.maximumResubmissions else {
            entry.phase = .finished
            entries[requestID] = entry
            let condition = PrinterCondition.failed(reason)
            return report(condition, on: entry.request.queue) + [.fail(requestID: requestID, reason: reason)]
        }
        entry.resubmissions += 1
        entry.phase = .submitting
        entries[requestID] = entry
        return [.submit(entry.request)]
    }

    /// Asking CUPS about a job failed (the server went away): the job may still be there, so keep
    /// watching it and never resubmit on this account.
    public mutating func watchFailed(requestID: Int, condition: PrinterCondition, now: Date) -> [Action] {
        guard let entry = entries[requestID], case .waiting(let jobID) = entry.phase else { return [] }
        return report(condition, on: entry.request.queue)
            + [.watch(requestID: requestID, jobID: jobID, queue: entry.request.queue, after: submitRetryInterval)]
    }

    /// Forgets finished requests.
    public mutating func removeFinished() {
        entries = entries.filter { $0.value.phase != .finished }
    }

    private mutating func report(_ condition: PrinterCondition, on queue: String) -> [Action] {
        guard conditions[queue] != condition else { return [] }
        conditions[queue] = condition
        return [.report(queue: queue, condition)]
    }

    /// Conditions that pass by themselves or by a person's hand at the printer.
    static func isTransient(_ condition: PrinterCondition) -> Bool {
        if case .failed = condition { return false }
        return true
    }
}
