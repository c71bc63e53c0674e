import Foundation

/// Fetches the center's form list and installs what changed, each file checked against its MD5.
public struct FormUpdater: Sendable {
    public var client: OpenRosaClient
    public var installer: FormInstaller

    public init(client: OpenRosaClient, installer: FormInstaller) {
        self.client = client
        self.installer = installer
    }

    /// What an update did.
    public struct Report: Sendable, Equatable {
        public var installed: [String] = []
        public var unchanged: [String] = []
        public var failed: [String: String] = [:]
    }

    /// One check: new or changed forms are installed; a form whose download fails keeps its old
    /// version and the others go on.
    public func update() async throws(SyncError) -> Report {
        var report = Report()
        for entry in try await client.formList() {
            if installer.installedHash(formID: entry.formID) == entry.hash {
                report.unchanged.append(entry.formID)
                continue
            }
            do throws(SyncError) {
                let xml = try await client.download(entry.downloadURL, expecting: entry.hash)
                var files: [String: Data] = [:]
                if let manifestURL = entry.manifestURL {
                    for media in try await client.manifest(manifestURL) {
                        guard FormInstaller.isSafeName(media.filename) else {
                            throw SyncError(
                                operation: "manifest", reason: "unsafe file name \(media.filename.debugDescription)")
                        }
                        files[media.filename] = try await client.download(media.downloadURL, expecting: media.hash)
                    }
                }
                let hashTag = entry.hash.replacingOccurrences(of: "md5:", with: "").prefix(8)
                let folder = "\(entry.version ?? "0")-\(hashTag)"
                _ = try installer.install(
                    formID: entry.formID, versionFolder: folder, hash: entry.hash, formXML: xml, files: files)
                report.installed.append(entry.formID)
            } catch {
                report.failed[entry.formID] = error.reason
            }
        }
        return report
    }
}
