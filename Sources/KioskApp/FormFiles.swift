import Foundation
import KioskForms

/// A form on disk: the XForm file and its media folder (`NAME-media/` beside it, as ODK tools
/// lay them out), where external choice lists, pictures and recordings live.
public struct FormFiles: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    public var mediaURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(url.deletingPathExtension().lastPathComponent + "-media")
    }

    /// Reads and parses the form with the attachments it names from its media folder.
    public func load() throws -> XForm {
        let data = try Data(contentsOf: url)
        var attachments: [String: Data] = [:]
        for name in try XForm.attachmentNames(in: data) {
            // Names come from the form: only plain file names inside the media folder are read.
            guard !name.contains("/"), !name.hasPrefix(".") else { continue }
            if let file = FileManager.default.contents(atPath: mediaURL.appendingPathComponent(name).path) {
                attachments[name] = file
            }
        }
        return try XForm.parse(data, attachments: attachments)
    }

    /// Whether a media file exists in the form's media folder, or (for pictures) in the shared icons.
    public func mediaExists(_ name: String, sharedIcons: URL?) -> Bool {
        let manager = FileManager.default
        if manager.fileExists(atPath: mediaURL.appendingPathComponent(name).path) { return true }
        guard let sharedIcons, name.hasSuffix(".svg") || name.hasSuffix(".png") else { return false }
        return manager.fileExists(atPath: sharedIcons.appendingPathComponent(name).path)
    }
}
