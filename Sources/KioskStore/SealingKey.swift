import Crypto
import Foundation

/// The key that seals personal data at rest (AES-GCM). Created once, in a file only the kiosk
/// user can read; provisioning will own it later, this file's format stays.
public struct SealingKey: Sendable {
    // The raw bytes, not a SymmetricKey: that type is not Sendable in this swift-crypto.
    let bytes: Data

    public init(_ key: SymmetricKey) {
        bytes = key.withUnsafeBytes { Data($0) }
    }

    var key: SymmetricKey { SymmetricKey(data: bytes) }

    /// Reads the key at `url`, or creates it (256 random bits, mode 0600) when there is none.
    public static func loadOrCreate(at url: URL) throws(StoreError) -> SealingKey {
        let manager = FileManager.default
        if let data = manager.contents(atPath: url.path) {
            // Only the kiosk user may read the key: a copy readable by others is refused, not used.
            if let mode = (try? manager.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int,
                mode & 0o077 != 0
            {
                throw StoreError(
                    operation: "read key", reason: "\(url.path) is readable by others (mode \(String(mode, radix: 8)))")
            }
            guard data.count == 32 else {
                throw StoreError(operation: "read key", reason: "\(url.path) holds \(data.count) bytes, expected 32")
            }
            return SealingKey(SymmetricKey(data: data))
        }
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Data($0) }
        guard manager.createFile(atPath: url.path, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError(operation: "create key", reason: "cannot write \(url.path)")
        }
        return SealingKey(key)
    }

    func seal(_ text: String) throws(StoreError) -> Data {
        do {
            guard let combined = try AES.GCM.seal(Data(text.utf8), using: key).combined else {
                throw StoreError(operation: "seal", reason: "no combined representation")
            }
            return combined
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(operation: "seal", reason: "\(error)")
        }
    }

    func open(_ data: Data) throws(StoreError) -> String {
        do {
            let plain = try AES.GCM.open(AES.GCM.SealedBox(combined: data), using: key)
            return String(decoding: plain, as: UTF8.self)
        } catch {
            throw StoreError(operation: "open sealed value", reason: "wrong key or damaged data")
        }
    }
}
