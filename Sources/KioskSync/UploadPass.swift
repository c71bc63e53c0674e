import Foundation

/// What one pass of the uploader did, for `kiosk sync now` and for tests.
public struct UploadPass: Sendable, Equatable {
    public var uploaded: [String] = []
    public var retried: [String] = []
    public var parked: [String] = []
    /// Set when the queue did not run (paused, or the preflight failed), with why.
    public var skipped: String?
    /// When the uploader will look again.
    public var nextLook: Date?

    public init() {}
}
