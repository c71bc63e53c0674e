import Foundation
import GRDB

extension CenterDatabase {
    /// Adds (or resets the password of) a staff account.
    public func addStaff(user: String, password: String, at now: Date) throws(CenterError) {
        guard !user.isEmpty, user.count <= 64, password.count >= 8 else {
            throw CenterError(operation: "add staff", reason: "a user name and a password of at least 8 characters")
        }
        let salt = Secrets.newSalt()
        let hash = Secrets.passwordHash(password, salt: salt)
        try write("add staff") { db in
            try db.execute(
                sql: """
                    INSERT INTO staff (user, salt, passwordHash, createdAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(user) DO UPDATE SET salt = excluded.salt, passwordHash = excluded.passwordHash
                    """,
                arguments: [user, salt, hash, now])
        }
    }

    /// Checks a login and opens a session; returns its token (for a cookie), nil on a wrong login.
    public func login(user: String, password: String, at now: Date, lifetime: TimeInterval = 8 * 3600)
        throws(CenterError) -> String?
    {
        let row = try read("login") { db in
            try Row.fetchOne(db, sql: "SELECT salt, passwordHash FROM staff WHERE user = ?", arguments: [user])
        }
        guard let row else { return nil }
        let salt: Data = row["salt"]
        guard Secrets.constantTimeEqual(Secrets.passwordHash(password, salt: salt), row["passwordHash"]) else {
            return nil
        }
        let token = Secrets.newToken()
        try write("open session") { db in
            try db.execute(sql: "DELETE FROM staffSession WHERE expiresAt < ?", arguments: [now])
            try db.execute(
                sql: "INSERT INTO staffSession (tokenHash, user, expiresAt) VALUES (?, ?, ?)",
                arguments: [Secrets.tokenHash(token), user, now.addingTimeInterval(lifetime)])
        }
        return token
    }

    /// The staff user of a live session, nil when the token is unknown or expired.
    public func staffUser(session token: String, at now: Date) throws(CenterError) -> String? {
        try read("check session") { db in
            try String.fetchOne(
                db, sql: "SELECT user FROM staffSession WHERE tokenHash = ? AND expiresAt >= ?",
                arguments: [Secrets.tokenHash(token), now])
        }
    }

    public func logout(session token: String) throws(CenterError) {
        try write("logout") { db in
            try db.execute(sql: "DELETE FROM staffSession WHERE tokenHash = ?", arguments: [Secrets.tokenHash(token)])
        }
    }
}
