import Foundation

/// How long a terminal waits for a citizen who stopped touching it: after `idle` seconds "are you
/// still there?" is shown and spoken; `grace` seconds later the session is wiped. Configurable
/// per terminal (provisioning); time is handed in by the app, never read here.
public struct IdlePolicy: Sendable, Equatable, Codable {
    public var idle: TimeInterval
    public var grace: TimeInterval

    public init(idle: TimeInterval = 90, grace: TimeInterval = 30) {
        self.idle = idle
        self.grace = grace
    }
}

/// Someone to ask for help, as provisioned on the terminal (a volunteer, the commune's staff).
public struct HelpContact: Sendable, Equatable, Codable {
    /// Who: "Anh Lò Văn Páo, đoàn thanh niên" — shown, and spoken by the synthesiser.
    public var name: String
    /// A phone number as it should be shown; optional.
    public var phone: String?

    public init(name: String, phone: String? = nil) {
        self.name = name
        self.phone = phone
    }
}
