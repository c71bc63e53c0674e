import Foundation
import KioskSync

/// Where the terminal uploads: sync.json (the center's URL) and device.token (0600) in the state
/// folder, written by `kiosk sync provision`.
public struct SyncSettings: Codable, Sendable, Equatable {
    public var centerURL: String

    public init(centerURL: String) {
        self.centerURL = centerURL
    }
}

extension StateFolder {
    public var syncSettingsURL: URL { url.appendingPathComponent("sync.json") }
    public var deviceTokenURL: URL { url.appendingPathComponent("device.token") }
    /// Forms installed from the center, one folder per version.
    public var installedFormsURL: URL { url.appendingPathComponent("forms") }

    /// Writes the center's URL and the device token (the token readable by the kiosk user only).
    /// Also creates the sealing key, so provisioning leaves a terminal ready to keep drafts.
    public func provisionSync(centerURL: String, token: String) throws(AppError) {
        guard let url = URL(string: centerURL), let scheme = url.scheme, ["http", "https"].contains(scheme),
            url.host != nil
        else { throw AppError("center URL must be http(s)://host[:port][/path], got \(centerURL)") }
        guard !token.isEmpty, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw AppError("the device token is one word of ASCII characters")
        }
        try prepare()
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(SyncSettings(centerURL: centerURL)).write(to: syncSettingsURL, options: .atomic)
            let manager = FileManager.default
            try? manager.removeItem(at: deviceTokenURL)
            guard
                manager.createFile(
                    atPath: deviceTokenURL.path, contents: Data(token.utf8), attributes: [.posixPermissions: 0o600])
            else { throw AppError("cannot write \(deviceTokenURL.path)") }
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError("cannot write sync settings: \(error)")
        }
        _ = try openStore()
    }

    /// The center and the device token, nil when the terminal was not provisioned for upload.
    public func syncCredential() throws(AppError) -> DeviceCredential? {
        let manager = FileManager.default
        guard manager.fileExists(atPath: syncSettingsURL.path) else { return nil }
        do {
            let settings = try JSONDecoder().decode(SyncSettings.self, from: Data(contentsOf: syncSettingsURL))
            let token = try String(contentsOf: deviceTokenURL, encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines)
            guard let url = URL(string: settings.centerURL) else { throw AppError("bad center URL in sync.json") }
            return DeviceCredential(baseURL: url, token: token)
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError("cannot read sync settings: \(error)")
        }
    }
}
