/// The center's answer to "where is my application?" for one draft code.
public struct DraftStatusReport: Sendable, Equatable, Codable {
    public var code: String
    /// "received", "processing", "ready" or "rejected".
    public var state: String
    /// The staff's reason when rejected.
    public var reason: String?

    public init(code: String, state: String, reason: String? = nil) {
        self.code = code
        self.state = state
        self.reason = reason
    }
}
