import Foundation

/// The uploader's decisions, apart from the HTTP and the storage that carry them out.
///
/// Per draft: accepted → done; refused for good (409, or the same 4xx twice in a row) → parked for
/// a technician; anything else → retried with backoff. For the whole queue: when the center cannot be reached
/// (no link, captive portal, 5xx, bad token) the queue pauses with its own backoff, so a village
/// without signal does not spin through every draft on each pass.
public struct UploadPolicy: Sendable {
    public enum Action: Sendable, Equatable {
        case markUploaded
        case retry(at: Date, reason: String)
        case park(reason: String)
    }

    public var itemBackoff: Backoff
    public var queueBackoff: Backoff
    /// Until when the queue waits; nil when it may go now.
    public private(set) var pausedUntil: Date?
    /// Queue-level failures in a row (reset by any answer from the center).
    public private(set) var consecutiveFailures = 0
    public private(set) var lastProblem: String?

    public init(itemBackoff: Backoff = Backoff(), queueBackoff: Backoff = Backoff(base: 10, cap: 1800)) {
        self.itemBackoff = itemBackoff
        self.queueBackoff = queueBackoff
    }

    /// Whether uploads may be tried at `now`.
    public func mayUpload(at now: Date) -> Bool {
        pausedUntil.map { now >= $0 } ?? true
    }

    /// The preflight failed: pause the queue. Returns when to look again.
    public mutating func preflightFailed<G: RandomNumberGenerator>(
        _ outcome: SubmissionOutcome, at now: Date, using generator: inout G
    ) -> Date {
        pauseQueue(reason: Self.reason(outcome), at: now, using: &generator)
    }

    /// The center answered the preflight: the queue runs.
    public mutating func preflightSucceeded() {
        consecutiveFailures = 0
        pausedUntil = nil
        lastProblem = nil
    }

    /// Decides what to do with one draft after a submission; `attempts` counts the tries made
    /// before this one, `lastError` is the reason the last of them failed.
    public mutating func decide<G: RandomNumberGenerator>(
        _ outcome: SubmissionOutcome, attempts: Int, lastError: String? = nil, at now: Date,
        using generator: inout G
    ) -> Action {
        let reason = Self.reason(outcome)
        switch outcome {
        case .accepted:
            consecutiveFailures = 0
            return .markUploaded
        case .conflict:
            lastProblem = reason
            return .park(reason: reason)
        case .refused:
            lastProblem = reason
            // A link that breaks mid-request can hand the center a cut body, which it refuses as
            // malformed: a draft refused once goes again, and is parked only when the center
            // refuses it the same way twice in a row.
            guard lastError == reason else {
                let next = now.addingTimeInterval(itemBackoff.delay(attempt: attempts + 1, using: &generator))
                return .retry(at: next, reason: reason)
            }
            return .park(reason: reason)
        case .captivePortal, .unauthorized, .transport, .serverError:
            let resume = pauseQueue(reason: reason, at: now, using: &generator)
            let own = now.addingTimeInterval(itemBackoff.delay(attempt: attempts + 1, using: &generator))
            return .retry(at: max(own, resume), reason: reason)
        }
    }

    mutating func pauseQueue<G: RandomNumberGenerator>(reason: String, at now: Date, using generator: inout G) -> Date {
        consecutiveFailures += 1
        lastProblem = reason
        let resume = now.addingTimeInterval(queueBackoff.delay(attempt: consecutiveFailures, using: &generator))
        pausedUntil = resume
        return resume
    }

    /// A short technical reason for logs and the outbox: a status or a transport error, no content.
    public static func reason(_ outcome: SubmissionOutcome) -> String {
        switch outcome {
        case .accepted(let status): "accepted \(status)"
        case .captivePortal(let status): "captive portal (HTTP \(status) without OpenRosa)"
        case .conflict: "conflict 409: the center holds another submission with this instanceID"
        case .unauthorized(let status): "device token refused (HTTP \(status))"
        case .refused(let status, let message): "refused \(status)" + (message.map { ": \($0.prefix(200))" } ?? "")
        case .serverError(let status): "server error \(status)"
        case .transport(let reason): reason
        }
    }
}
