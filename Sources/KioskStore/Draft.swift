import Foundation

/// One citizen's application in progress or done, without its answers.
public struct Draft: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case editing, finalized, printed, uploaded, acknowledged, purged
    }

    public var id: String
    /// The short code printed for the citizen and typed by staff: digits with a check digit.
    public var code: String
    public var procedure: String
    public var formID: String
    public var formVersion: String?
    public var language: String
    public var status: Status
    public var createdAt: Date
    public var updatedAt: Date
}
