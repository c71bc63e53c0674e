/// A drawing or file failure in the cairo family, reading like a log line.
public struct GraphicsError: Error, CustomStringConvertible, Equatable, Sendable {
    public var operation: String
    public var context: String
    public var reason: String

    public init(operation: String, context: String, reason: String) {
        self.operation = operation
        self.context = context
        self.reason = reason
    }

    public var description: String { "\(operation) \(context): \(reason)" }
}
