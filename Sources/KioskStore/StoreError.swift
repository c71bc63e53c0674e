/// A storage failure, reading like a log line; never carries an answer's content.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var operation: String
    public var reason: String

    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "store \(operation): \(reason)" }
}
