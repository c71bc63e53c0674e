import Foundation

/// Runs blocking serial I/O on a thread of its own, so waiting on the line never holds one of
/// the few threads of Swift's cooperative pool.
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// A box for a value used only by the one thread it is handed to at a time.
final class Handoff<Value>: @unchecked Sendable {
    // @unchecked: each test hands the value to one blocking thread at a time and awaits it.
    var value: Value
    init(_ value: Value) { self.value = value }
}
