import Foundation
import KioskStore

/// The terminal's writable folder: config.json, the sealing key and the database. Created with
/// defaults on first run.
public struct StateFolder: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    public var configurationURL: URL { url.appendingPathComponent("config.json") }
    public var keyURL: URL { url.appendingPathComponent("sealing.key") }
    public var databaseURL: URL { url.appendingPathComponent("kiosk.sqlite") }

    /// Creates the folder (mode 0700: it holds personal data) and a default config.json if missing.
    public func prepare() throws(AppError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if !manager.fileExists(atPath: configurationURL.path) {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try encoder.encode(KioskConfiguration()).write(to: configurationURL, options: .atomic)
            }
        } catch {
            throw AppError("cannot prepare state folder \(url.path): \(error)")
        }
    }

    public func configuration() throws(AppError) -> KioskConfiguration {
        do {
            return try JSONDecoder().decode(KioskConfiguration.self, from: Data(contentsOf: configurationURL))
        } catch {
            throw AppError("cannot read \(configurationURL.path): \(error)")
        }
    }

    /// Opens the draft database with the folder's key.
    public func openStore() throws(AppError) -> DraftStore {
        do throws(StoreError) {
            return try DraftStore(url: databaseURL, key: SealingKey.loadOrCreate(at: keyURL))
        } catch {
            throw AppError("\(error)")
        }
    }
}
