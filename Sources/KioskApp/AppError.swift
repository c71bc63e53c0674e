/// A start-up or wiring failure, said in one line to the technician.
public struct AppError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
