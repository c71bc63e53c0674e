/// A sync failure, reading like a log line; never carries a citizen's answers.
public struct SyncError: Error, CustomStringConvertible, Sendable, Equatable {
    public var operation: String
    public var reason: String

    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "sync \(operation): \(reason)" }
}
