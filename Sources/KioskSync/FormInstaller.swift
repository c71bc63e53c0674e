import Foundation

/// Installs forms fetched from the center into a folder, one folder per version:
///
///     forms/<formID>/<version>/form.xml, media files beside it
///     forms/<formID>/current -> <version>     (a symlink, swapped atomically)
///
/// A version is written in a temporary folder, checked, then renamed into place; `current` moves
/// only after that, so a power cut leaves either the old or the new version. Older versions stay
/// for sessions in progress until `prune(keeping:)`.
public struct FormInstaller: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The folder of the version in use, nil when the form is not installed.
    public func currentFolder(formID: String) -> URL? {
        let link = root.appendingPathComponent(formID).appendingPathComponent("current")
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link.path) else { return nil }
        return root.appendingPathComponent(formID).appendingPathComponent(target)
    }

    /// The hash recorded when the current version was installed.
    public func installedHash(formID: String) -> String? {
        currentFolder(formID: formID).flatMap {
            try? String(contentsOf: $0.appendingPathComponent(".hash"), encoding: .utf8)
        }
    }

    /// Writes a version and makes it current. `files` are media files by name; names with a path
    /// separator or starting with "." are refused (a hostile manifest cannot write elsewhere).
    public func install(
        formID: String, versionFolder: String, hash: String, formXML: Data, files: [String: Data]
    ) throws(SyncError) -> URL {
        for name in [formID, versionFolder] + Array(files.keys) where !Self.isSafeName(name) {
            throw SyncError(operation: "install form", reason: "unsafe file name \(name.debugDescription)")
        }
        let manager = FileManager.default
        let formFolder = root.appendingPathComponent(formID)
        let final = formFolder.appendingPathComponent(versionFolder)
        let staging = formFolder.appendingPathComponent(".staging-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try formXML.write(to: staging.appendingPathComponent("form.xml"))
            for (name, data) in files { try data.write(to: staging.appendingPathComponent(name)) }
            try Data(hash.utf8).write(to: staging.appendingPathComponent(".hash"))
            if manager.fileExists(atPath: final.path) { try manager.removeItem(at: final) }
            try manager.moveItem(at: staging, to: final)
            // The new link is made beside the old one and renamed over it: rename is atomic.
            let link = formFolder.appendingPathComponent("current")
            let temporaryLink = formFolder.appendingPathComponent(".current-\(UUID().uuidString)")
            try manager.createSymbolicLink(atPath: temporaryLink.path, withDestinationPath: versionFolder)
            guard rename(temporaryLink.path, link.path) == 0 else {
                throw SyncError(operation: "install form", reason: "rename of the current link failed: errno \(errno)")
            }
            return final
        } catch let error as SyncError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw SyncError(operation: "install form \(formID)", reason: "\(error)")
        }
    }

    /// Removes versions of `formID` other than the current one and those in `keeping`.
    public func prune(formID: String, keeping: Set<String>) {
        let folder = root.appendingPathComponent(formID)
        let current = currentFolder(formID: formID)?.lastPathComponent
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for entry in entries where entry != "current" && entry != current && !keeping.contains(entry) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
        }
    }

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
            && name.utf8.count <= 200
    }
}
