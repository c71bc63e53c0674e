import Crypto
import Foundation

/// Seals submissions at rest (AES-GCM) with the center's key, kept in a 0600 file.
public struct SecretBox: Sendable {
    let bytes: Data

    /// Reads the key at `url`, or creates 256 random bits there (mode 0600).
    public static func loadOrCreate(at url: URL) throws(CenterError) -> SecretBox {
        if let data = FileManager.default.contents(atPath: url.path) {
            guard data.count == 32 else {
                throw CenterError(operation: "read key", reason: "\(url.path) holds \(data.count) bytes, expected 32")
            }
            return SecretBox(bytes: data)
        }
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        guard FileManager.default.createFile(atPath: url.path, contents: bytes, attributes: [.posixPermissions: 0o600])
        else { throw CenterError(operation: "create key", reason: "cannot write \(url.path)") }
        return SecretBox(bytes: bytes)
    }

    func seal(_ data: Data) throws(CenterError) -> Data {
        do {
            guard let combined = try AES.GCM.seal(data, using: SymmetricKey(data: bytes)).combined else {
                throw CenterError(operation: "seal", reason: "no combined form")
            }
            return combined
        } catch let error as CenterError {
            throw error
        } catch {
            throw CenterError(operation: "seal", reason: "\(error)")
        }
    }

    func open(_ data: Data) throws(CenterError) -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: data), using: SymmetricKey(data: bytes))
        } catch {
            throw CenterError(operation: "open", reason: "wrong key or damaged data")
        }
    }
}
