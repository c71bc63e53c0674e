import Foundation

/// The center's folder: center.sqlite, center.key (0600) and forms/ (one `<formID>.xml` per form,
/// its media in `<formID>-media/`).
public struct DataFolder: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    public var databaseURL: URL { url.appendingPathComponent("center.sqlite") }
    public var keyURL: URL { url.appendingPathComponent("center.key") }
    public var formsURL: URL { url.appendingPathComponent("forms") }

    /// Creates the folder (0700: it holds citizens' data) and forms/.
    public func prepare() throws(CenterError) {
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.createDirectory(at: formsURL, withIntermediateDirectories: true)
        } catch {
            throw CenterError(operation: "prepare \(url.path)", reason: "\(error)")
        }
    }

    /// Opens the database, creating the key on first use.
    public func openDatabase() throws(CenterError) -> CenterDatabase {
        try prepare()
        return try CenterDatabase(url: databaseURL, key: SecretBox.loadOrCreate(at: keyURL))
    }
}
