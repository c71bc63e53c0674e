import Foundation

/// A clock moved by hand, for the screenshot tour, benchmarks and tests (the idle timeout needs
/// time to pass without waiting for it).
public final class ManualClock: @unchecked Sendable {
    // @unchecked: `current` is only read and written under `lock`.
    let lock = NSLock()
    var current: Date

    public init(_ start: Date = Date()) {
        current = start
    }

    /// The time now.
    public func now() -> Date {
        lock.withLock { current }
    }

    /// Moves the time on.
    public func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}
