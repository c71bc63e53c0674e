import Foundation

/// The center's address and this terminal's token, both written at provisioning.
public struct DeviceCredential: Sendable, Equatable {
    /// The OpenRosa base: `submission` and `formList` are resolved under it (for ODK Central, the
    /// project URL, e.g. https://central/v1/projects/1).
    public var baseURL: URL
    /// The device token the center issued (`center device add NAME`).
    public var token: String

    public init(baseURL: URL, token: String) {
        self.baseURL = baseURL
        self.token = token
    }

    /// The value of the Authorization header: a bearer token, which both our center and ODK Central take.
    public var authorization: String { "Bearer \(token)" }
}
