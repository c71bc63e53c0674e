/// A center failure, reading like a log line; never carries a submission's content.
public struct CenterError: Error, CustomStringConvertible, Sendable {
    public var operation: String
    public var reason: String

    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "center \(operation): \(reason)" }
}
