import Foundation

/// The terminal's printing: documents in, printed exactly once, whatever the printer does in
/// between. Carries out ``PrintSpool``'s actions over CUPS and reports printer conditions as they
/// change.
///
/// ```swift
/// let spooler = PrintSpooler(server: nil)
/// Task { for await report in spooler.conditions { show(report.condition) } }
/// let outcome = await spooler.print(pdf, format: "application/pdf", title: "ho-so-12345674", to: "kiosk-a4")
/// ```
/// `print` returns when the job has printed (or cannot be), which may be minutes later if the
/// printer is out of paper; the caller keeps its ticket number and draft either way.
public actor PrintSpooler {
    /// A condition change of one queue.
    public struct ConditionReport: Sendable, Equatable {
        public var queue: String
        public var condition: PrinterCondition
    }

    /// How a print request ended.
    public enum Outcome: Sendable, Equatable {
        /// CUPS completed job `jobID` (the document went to the printer once).
        case printed(jobID: Int)
        /// It could not be printed; the reason is for technicians.
        case failed(String)
    }

    /// Condition changes, in order, for every queue this spooler prints to.
    public nonisolated let conditions: AsyncStream<ConditionReport>
    private let continuation: AsyncStream<ConditionReport>.Continuation
    private let worker: CUPSWorker
    private var spool: PrintSpool
    private let sleep: @Sendable (Duration) async -> Void
    private let now: @Sendable () -> Date
    private var nextID = 1
    private var documents: [Int: (data: Data, format: String)] = [:]
    /// Who hears a request's queue's condition changes while it waits, by request.
    private var listeners: [Int: (queue: String, listener: @Sendable (PrinterCondition) -> Void)] = [:]
    private static let remembered = 100
    /// The CUPS jobs this spooler created for each of its last 100 requests: what the tests count.
    public private(set) var submittedJobs: [Int: [Int]] = [:]

    /// - Parameters:
    ///   - server: the CUPS server (a socket path or host:port); nil for libcups' default.
    ///   - sleep: how to wait (tests may pass a faster one); `now`: the clock.
    public init(
        server: String?, spool: PrintSpool = PrintSpool(),
        sleep: @escaping @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        worker = CUPSWorker(server: server)
        self.spool = spool
        self.sleep = sleep
        self.now = now
        (conditions, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(64))
    }

    deinit {
        continuation.finish()
    }

    /// Prints a document on `queue` and returns once it printed or cannot be. It waits as long as
    /// the printer or CUPS is away; cancel the calling task to stop waiting (a job CUPS already
    /// holds still prints when the printer comes back).
    ///
    /// `conditions` hears the queue's condition changes while this request waits (besides the
    /// `conditions` stream): at once if the queue is already known to have a problem, then each
    /// change, ending with `.ready` when the job printed after a problem.
    public func print(
        _ document: Data, format: String, title: String, to queue: String,
        conditions listener: (@Sendable (PrinterCondition) -> Void)? = nil
    ) async -> Outcome {
        let id = nextID
        nextID += 1
        documents[id] = (document, format)
        if let listener {
            listeners[id] = (queue, listener)
            if let known = spool.conditions[queue], known.isProblem { listener(known) }
        }
        defer {
            documents[id] = nil
            listeners[id] = nil
            spool.removeFinished()
            // Only recent requests are kept for inspection: a terminal runs for months.
            if submittedJobs.count > Self.remembered { submittedJobs[id - Self.remembered] = nil }
        }
        var actions = spool.enqueue(PrintSpool.Request(id: id, queue: queue, title: title), now: now())
        while !actions.isEmpty {
            // Canceling the wait does not cancel a job CUPS holds: it still prints, once.
            if Task.isCancelled {
                let job = spool.jobID(of: id).map { " (CUPS job \($0) stays queued)" } ?? ""
                return .failed("canceled while waiting for the printer\(job)")
            }
            var next: [PrintSpool.Action] = []
            for action in actions {
                switch action {
                case .done(_, let jobID): return .printed(jobID: jobID)
                case .fail(_, let reason): return .failed(reason)
                default: next += await perform(action)
                }
            }
            actions = next
        }
        return .failed("the spool stopped without an answer")
    }

    private func perform(_ action: PrintSpool.Action) async -> [PrintSpool.Action] {
        switch action {
        case .submit(let request):
            return await submit(request)
        case .retry(let request, let delay):
            await sleep(delay)
            return await submit(request)
        case .watch(let requestID, let jobID, let queue, let delay):
            if delay > .zero { await sleep(delay) }
            return await watch(requestID: requestID, jobID: jobID, queue: queue)
        case .report(let queue, let condition):
            continuation.yield(ConditionReport(queue: queue, condition: condition))
            for entry in listeners.values where entry.queue == queue { entry.listener(condition) }
            return []
        case .done, .fail:
            return []
        }
    }

    private func submit(_ request: PrintSpool.Request) async -> [PrintSpool.Action] {
        guard let document = documents[request.id] else { return [] }
        let result = await worker.run { connection throws(PrintError) in
            try connection.submit(
                document: document.data, format: document.format, title: request.title, to: request.queue)
        }
        switch result {
        case .success(let job):
            submittedJobs[request.id, default: []].append(job.id)
            return spool.submitted(requestID: request.id, jobID: job.id, now: now())
        case .failure(let error):
            // A queue that exists but rejects jobs answers not-accepting (0x0506): a stopped queue.
            let condition: PrinterCondition =
                error.status == 0x0506 ? .stopped : PrinterCondition(error: error)
            return spool.submitFailed(requestID: request.id, condition: condition, now: now())
        }
    }

    private func watch(requestID: Int, jobID: Int, queue: String) async -> [PrintSpool.Action] {
        let result = await worker.run { connection throws(PrintError) in
            let state = try connection.state(of: PrintJob(id: jobID, destination: queue, title: ""))
            let status = try connection.printerStatus(queue)
            return (state, PrinterCondition(status: status))
        }
        switch result {
        case .success(let (state, condition)):
            return spool.observed(requestID: requestID, jobState: state, condition: condition, now: now())
        case .failure(let error)
        where error.statusName == "client-error-not-found" && error.operation == "Get-Job-Attributes":
            return spool.lost(requestID: requestID, reason: "CUPS no longer knows job \(jobID)", now: now())
        case .failure(let error):
            return spool.watchFailed(requestID: requestID, condition: PrinterCondition(error: error), now: now())
        }
    }
}
