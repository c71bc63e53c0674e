import Foundation

/// Sends the outbox to the center in the background. An actor: the screen never waits on it; the
/// terminal only calls `wake()` after finalizing a draft.
public actor Uploader {
    let client: OpenRosaClient
    let queue: any UploadQueue
    let clock: @Sendable () -> Date
    var generator: any RandomNumberGenerator & Sendable
    public private(set) var policy: UploadPolicy
    /// How long the loop sleeps at most between looks, even when nothing is due.
    let idleLook: TimeInterval
    private var wakeContinuation: AsyncStream<Void>.Continuation?
    private let wakes: AsyncStream<Void>

    public init(
        client: OpenRosaClient, queue: any UploadQueue, policy: UploadPolicy = UploadPolicy(),
        clock: @escaping @Sendable () -> Date = Date.init,
        generator: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator(), idleLook: TimeInterval = 60
    ) {
        self.client = client
        self.queue = queue
        self.policy = policy
        self.clock = clock
        self.generator = generator
        self.idleLook = idleLook
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        wakes = stream
        wakeContinuation = continuation
    }

    /// Asks the loop to look now (a draft was finalized, the link came back).
    public nonisolated func wake() {
        Task { await self.signal() }
    }

    private func signal() {
        wakeContinuation?.yield()
    }

    /// One pass: preflight, then every due draft, each result committed before the next.
    public func runOnce() async -> UploadPass {
        var pass = UploadPass()
        let now = clock()
        guard policy.mayUpload(at: now) else {
            pass.skipped = "paused: \(policy.lastProblem ?? "backing off")"
            pass.nextLook = policy.pausedUntil
            return pass
        }
        let due: [PendingUpload]
        do throws(SyncError) {
            due = try queue.due(at: now)
        } catch {
            pass.skipped = "\(error)"
            return pass
        }
        if due.isEmpty {
            pass.nextLook = try? queue.nextDue()
            return pass
        }
        switch await client.preflight() {
        case .failed(let outcome):
            pass.skipped = "preflight: \(UploadPolicy.reason(outcome))"
            pass.nextLook = policy.preflightFailed(outcome, at: clock(), using: &generator)
            return pass
        case .ready:
            policy.preflightSucceeded()
        }
        for item in due {
            let xml: Data
            do throws(SyncError) {
                xml = try queue.instanceXML(draftID: item.draftID)
            } catch {
                try? queue.park(draftID: item.draftID, reason: "unreadable: \(error.reason)", at: clock())
                pass.parked.append(item.draftCode)
                continue
            }
            let outcome = await client.submit(instanceXML: xml, draftCode: item.draftCode)
            let now = clock()
            let action = policy.decide(
                outcome, attempts: item.attempts, lastError: item.lastError, at: now, using: &generator)
            do throws(SyncError) {
                switch action {
                case .markUploaded:
                    try queue.accepted(draftID: item.draftID, at: now)
                    pass.uploaded.append(item.draftCode)
                case .retry(let next, let reason):
                    try queue.retry(draftID: item.draftID, reason: reason, at: next, now: now)
                    pass.retried.append(item.draftCode)
                case .park(let reason):
                    try queue.park(draftID: item.draftID, reason: reason, at: now)
                    pass.parked.append(item.draftCode)
                }
            } catch {
                pass.skipped = "\(error)"
                return pass
            }
            // A link problem pauses the queue: the other drafts wait for the next look.
            if !policy.mayUpload(at: now) {
                pass.skipped = "paused: \(policy.lastProblem ?? "")"
                break
            }
        }
        let next = try? queue.nextDue()
        pass.nextLook = policy.pausedUntil ?? (next ?? nil)
        return pass
    }

    /// Runs passes until the task is cancelled, sleeping until the next draft is due, the queue's
    /// pause ends, `idleLook` passes, or `wake()` is called.
    public func run() async {
        while !Task.isCancelled {
            let pass = await runOnce()
            let now = clock()
            let wait = min(
                idleLook, max(0.05, (pass.nextLook ?? now.addingTimeInterval(idleLook)).timeIntervalSince(now)))
            await sleep(seconds: wait)
        }
    }

    private func sleep(seconds: TimeInterval) async {
        let wakes = self.wakes
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: .seconds(seconds)) }
            group.addTask {
                for await _ in wakes { return }
            }
            await group.next()
            group.cancelAll()
        }
    }
}
