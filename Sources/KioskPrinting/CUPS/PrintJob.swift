/// A job CUPS accepted: enough to ask about it later or find what it printed.
public struct PrintJob: Sendable, Hashable {
    /// The job ID CUPS assigned, unique on that server.
    public var id: Int
    /// The queue it was sent to.
    public var destination: String
    /// The title given when it was submitted.
    public var title: String

    public init(id: Int, destination: String, title: String) {
        self.id = id
        self.destination = destination
        self.title = title
    }
}
