import Foundation
import Testing

@testable import KioskPrinting

/// The spool's decisions with no CUPS: each sequence of events as CUPS might send them.
@Suite("Print spool state machine")
struct PrintSpoolTests {
    static let now = Date(timeIntervalSince1970: 1_795_400_000)
    static let request = PrintSpool.Request(id: 1, queue: "a4", title: "ho-so")
    let poll = Duration.milliseconds(500)

    @Test("submit, watch while the printer is out of paper, done once it printed; reported on change only")
    func outOfPaperThenPrinted() {
        var spool = PrintSpool(pollInterval: poll)
        #expect(spool.enqueue(Self.request, now: Self.now) == [.submit(Self.request)])
        #expect(
            spool.submitted(requestID: 1, jobID: 7, now: Self.now)
                == [.watch(requestID: 1, jobID: 7, queue: "a4", after: .zero)])
        #expect(
            spool.observed(requestID: 1, jobState: .processing, condition: .busy, now: Self.now)
                == [.report(queue: "a4", .busy), .watch(requestID: 1, jobID: 7, queue: "a4", after: poll)])
        #expect(
            spool.observed(requestID: 1, jobState: .held, condition: .outOfPaper, now: Self.now)
                == [.report(queue: "a4", .outOfPaper), .watch(requestID: 1, jobID: 7, queue: "a4", after: poll)])
        // The same condition again: no new report, and never a second submission.
        for _ in 0..<50 {
            #expect(
                spool.observed(requestID: 1, jobState: .pending, condition: .outOfPaper, now: Self.now)
                    == [.watch(requestID: 1, jobID: 7, queue: "a4", after: poll)])
        }
        #expect(spool.jobID(of: 1) == 7)
        #expect(
            spool.observed(requestID: 1, jobState: .completed, condition: .ready, now: Self.now)
                == [.report(queue: "a4", .ready), .done(requestID: 1, jobID: 7)])
        #expect(spool.pendingRequests.isEmpty)
        // A late answer about a finished request changes nothing.
        #expect(spool.observed(requestID: 1, jobState: .completed, condition: .ready, now: Self.now).isEmpty)
    }

    @Test("a stopped queue keeps the job: watched, never resubmitted, done when CUPS prints it")
    func stoppedQueue() {
        var spool = PrintSpool(pollInterval: poll)
        _ = spool.enqueue(Self.request, now: Self.now)
        _ = spool.submitted(requestID: 1, jobID: 3, now: Self.now)
        let actions = (0..<20).flatMap { _ in
            spool.observed(requestID: 1, jobState: .pending, condition: .stopped, now: Self.now)
        }
        #expect(!actions.contains { if case .submit = $0 { true } else { false } })
        #expect(actions.filter { $0 == .report(queue: "a4", .stopped) }.count == 1)
        #expect(
            spool.observed(requestID: 1, jobState: .completed, condition: .stopped, now: Self.now)
                == [.report(queue: "a4", .ready), .done(requestID: 1, jobID: 3)])
    }

    @Test("CUPS unreachable before a job exists: report, retry later, then go on normally")
    func unreachableBeforeSubmit() {
        var spool = PrintSpool(pollInterval: poll, submitRetryInterval: .seconds(2))
        _ = spool.enqueue(Self.request, now: Self.now)
        #expect(
            spool.submitFailed(requestID: 1, condition: .unreachable, now: Self.now)
                == [.report(queue: "a4", .unreachable), .retry(Self.request, after: .seconds(2))])
        #expect(
            spool.submitFailed(requestID: 1, condition: .unreachable, now: Self.now)
                == [.retry(Self.request, after: .seconds(2))])
        #expect(
            spool.submitted(requestID: 1, jobID: 9, now: Self.now)
                == [.watch(requestID: 1, jobID: 9, queue: "a4", after: .zero)])
    }

    @Test("CUPS gone while watching: keep watching the same job, never resubmit")
    func watchFailed() {
        var spool = PrintSpool(pollInterval: poll, submitRetryInterval: .seconds(2))
        _ = spool.enqueue(Self.request, now: Self.now)
        _ = spool.submitted(requestID: 1, jobID: 4, now: Self.now)
        #expect(
            spool.watchFailed(requestID: 1, condition: .unreachable, now: Self.now)
                == [
                    .report(queue: "a4", .unreachable), .watch(requestID: 1, jobID: 4, queue: "a4", after: .seconds(2)),
                ])
    }

    @Test("an aborted or lost job is resubmitted once; a second loss fails, a cancel is never resubmitted")
    func resubmitOnce() {
        var spool = PrintSpool(pollInterval: poll)
        _ = spool.enqueue(Self.request, now: Self.now)
        _ = spool.submitted(requestID: 1, jobID: 5, now: Self.now)
        #expect(
            spool.observed(requestID: 1, jobState: .aborted, condition: .ready, now: Self.now)
                == [.submit(Self.request)])
        _ = spool.submitted(requestID: 1, jobID: 6, now: Self.now)
        let second = spool.lost(requestID: 1, reason: "CUPS no longer knows job 6", now: Self.now)
        #expect(second.last == .fail(requestID: 1, reason: "CUPS no longer knows job 6"))
        #expect(!second.contains { if case .submit = $0 { true } else { false } })

        var other = PrintSpool(pollInterval: poll)
        _ = other.enqueue(Self.request, now: Self.now)
        _ = other.submitted(requestID: 1, jobID: 5, now: Self.now)
        let canceled = other.observed(requestID: 1, jobState: .canceled, condition: .ready, now: Self.now)
        #expect(canceled.last == .fail(requestID: 1, reason: "job 5 was canceled on the printer"))
    }

    @Test("a queue CUPS does not know fails at once instead of retrying for ever")
    func missingQueue() {
        var spool = PrintSpool()
        _ = spool.enqueue(Self.request, now: Self.now)
        let actions = spool.submitFailed(requestID: 1, condition: .failed("no such queue"), now: Self.now)
        #expect(
            actions == [.report(queue: "a4", .failed("no such queue")), .fail(requestID: 1, reason: "no such queue")])
    }
}
