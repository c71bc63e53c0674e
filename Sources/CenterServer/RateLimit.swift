import Foundation

/// How often one caller may ask: `burst` requests at once, refilled at `perSecond`.
public struct RateLimit: Sendable, Equatable {
    public var burst: Double
    public var perSecond: Double

    public init(burst: Double, perSecond: Double) {
        self.burst = burst
        self.perSecond = perSecond
    }
}

/// Token buckets by key (a device, a client address), as a plain value: time is handed in.
///
/// Each key starts with `burst` tokens, each request takes one, and tokens come back at
/// `perSecond` up to `burst`. A request with no token left is refused with the seconds until one is
/// back. The number of keys held is bounded: past `maxKeys`, full buckets (keys quiet long enough to
/// be as new) are forgotten first, then the longest quiet.
public struct TokenBuckets: Sendable {
    public enum Decision: Sendable, Equatable {
        case allowed
        /// Refused; a token is back after this many whole seconds (at least 1).
        case limited(retryAfter: Int)
    }

    struct Bucket: Sendable, Equatable {
        var tokens: Double
        var updated: Date
    }

    public let limit: RateLimit
    public let maxKeys: Int
    private(set) var buckets: [String: Bucket] = [:]

    public init(limit: RateLimit, maxKeys: Int = 10_000) {
        self.limit = limit
        self.maxKeys = max(1, maxKeys)
    }

    /// How many keys are held.
    public var count: Int { buckets.count }

    /// Takes one token from `key`'s bucket at `now`.
    public mutating func take(_ key: String, at now: Date) -> Decision {
        var bucket = buckets[key] ?? Bucket(tokens: limit.burst, updated: now)
        // A clock that went back does not refill (nor empty) a bucket.
        let elapsed = max(0, now.timeIntervalSince(bucket.updated))
        bucket.tokens = min(limit.burst, bucket.tokens + elapsed * limit.perSecond)
        bucket.updated = max(bucket.updated, now)
        let decision: Decision
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            decision = .allowed
        } else if limit.perSecond > 0 {
            let wait = (1 - bucket.tokens) / limit.perSecond
            decision = .limited(retryAfter: max(1, Int(wait.rounded(.up))))
        } else {
            decision = .limited(retryAfter: 3600)
        }
        buckets[key] = bucket
        if buckets.count > maxKeys { prune(at: now) }
        return decision
    }

    mutating func prune(at now: Date) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * limit.perSecond < limit.burst
        }
        guard buckets.count > maxKeys else { return }
        let quietest = buckets.sorted { $0.value.updated < $1.value.updated }.prefix(buckets.count - maxKeys)
        for (key, _) in quietest { buckets[key] = nil }
    }
}
