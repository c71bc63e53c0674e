import Foundation
import GRDB

/// A terminal known to the center.
public struct Device: Sendable, Equatable {
    public var id: Int64
    public var name: String
}

extension CenterDatabase {
    /// Registers a terminal and returns its new token, shown once: only its hash is kept.
    public func addDevice(name: String, at now: Date) throws(CenterError) -> String {
        guard !name.isEmpty, name.count <= 100 else {
            throw CenterError(operation: "add device", reason: "a name of 1 to 100 characters")
        }
        let token = Secrets.newToken()
        try write("add device") { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM device WHERE name = ?", arguments: [name]) == true {
                throw CenterError(operation: "add device", reason: "a device named \(name) exists")
            }
            try db.execute(
                sql: "INSERT INTO device (name, tokenHash, createdAt) VALUES (?, ?, ?)",
                arguments: [name, Secrets.tokenHash(token), now])
        }
        return token
    }

    /// Refuses the device's token from now on.
    public func revokeDevice(name: String, at now: Date) throws(CenterError) {
        try write("revoke device") { db in
            try db.execute(sql: "UPDATE device SET revokedAt = ? WHERE name = ?", arguments: [now, name])
        }
    }

    /// The device holding `token`, nil when none (or revoked).
    public func device(token: String) throws(CenterError) -> Device? {
        try read("authenticate device") { db in
            try Row.fetchOne(
                db, sql: "SELECT id, name FROM device WHERE tokenHash = ? AND revokedAt IS NULL",
                arguments: [Secrets.tokenHash(token)]
            ).map { Device(id: $0["id"], name: $0["name"]) }
        }
    }
}
