import Crypto
import Foundation

/// Tokens and password hashes.
enum Secrets {
    /// 32 random bytes as URL-safe base64 without padding: fits a header, a cookie and a URL.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// What the database keeps of a token: its SHA-256, so a stolen database grants nothing.
    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A salted, iterated SHA-256 of a password (slow enough to make guessing from a stolen
    /// database expensive, fast enough for a login on a cheap PC).
    static func passwordHash(_ password: String, salt: Data, rounds: Int = 20_000) -> Data {
        var digest = Data(SHA256.hash(data: salt + Data(password.utf8)))
        for _ in 0..<rounds {
            digest = Data(SHA256.hash(data: digest + salt))
        }
        return digest
    }

    static func newSalt() -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// Compares without stopping at the first difference.
    static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
