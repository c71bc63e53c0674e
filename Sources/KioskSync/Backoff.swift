import Foundation

/// Exponential backoff with jitter: the n-th retry waits between half and all of
/// min(cap, base * 2^(n-1)), so terminals that lost the link together do not come back together.
public struct Backoff: Sendable, Equatable {
    public var base: TimeInterval
    public var cap: TimeInterval

    public init(base: TimeInterval = 5, cap: TimeInterval = 3600) {
        self.base = base
        self.cap = cap
    }

    /// The ceiling of the wait before retry number `attempt` (1 = first retry).
    public func ceiling(attempt: Int) -> TimeInterval {
        let exponent = Double(max(0, min(attempt - 1, 40)))
        return min(cap, base * pow(2, exponent))
    }

    /// The wait before retry number `attempt`, drawn with `generator`.
    public func delay<G: RandomNumberGenerator>(attempt: Int, using generator: inout G) -> TimeInterval {
        let ceiling = ceiling(attempt: attempt)
        return ceiling / 2 + Double.random(in: 0...(ceiling / 2), using: &generator)
    }
}
