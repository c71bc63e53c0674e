import Foundation

/// Benchmark figures as JSON lines on standard output: one object per measurement, durations in
/// milliseconds, so runs can be compared by a script. Never asserted on by tests.
public struct BenchReport: Sendable {
    public init() {}

    public func line(_ name: String, _ fields: [String: Double], labels: [String: String] = [:]) {
        var object: [String: Any] = ["bench": name]
        for (key, value) in fields { object[key] = (value * 1000).rounded() / 1000 }
        for (key, value) in labels { object[key] = value }
        if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// Milliseconds taken by `body`.
    public static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    /// The median and the 99th percentile of samples.
    public static func summary(_ samples: [Double]) -> (median: Double, p99: Double) {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return (0, 0) }
        return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))])
    }
}
