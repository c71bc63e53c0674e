/// Waiting for what comes by itself (a printed file, a reported condition, a screen), without
/// holding a thread.
public enum Poll {
    /// Asks `probe` every `interval` until it gives a value, for `limit` at most, and once more
    /// after the limit: a test that got no thread for a while on a loaded machine fails on what it
    /// waited for, never on the time alone. The limit only keeps a broken setup from hanging the run.
    public static func until<Value>(
        within limit: Duration, every interval: Duration = .milliseconds(20),
        isolation: isolated (any Actor)? = #isolation, _ probe: () async throws -> Value?
    ) async throws -> Value? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        while true {
            if let value = try await probe() { return value }
            guard clock.now < deadline else { return try await probe() }
            try await Task.sleep(for: interval)
        }
    }
}
