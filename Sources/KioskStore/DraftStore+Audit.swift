import Foundation
import GRDB

extension DraftStore {
    /// Appends to the audit log. Callers pass events and technical details only, never answers.
    public func audit(_ event: String, draftID: String? = nil, detail: String? = nil, at now: Date) throws(StoreError) {
        try write("audit") { db in try Self.insertAudit(db, event, draftID: draftID, detail: detail, at: now) }
    }

    /// The newest `limit` audit entries, newest first.
    public func auditLog(limit: Int = 100) throws(StoreError) -> [AuditEntry] {
        try read("read audit log") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                AuditEntry(at: row["at"], event: row["event"], draftID: row["draftID"], detail: row["detail"])
            }
        }
    }

    static func insertAudit(
        _ db: Database, _ event: String, draftID: String?, detail: String? = nil, at now: Date
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, event, draftID, detail) VALUES (?, ?, ?, ?)",
            arguments: [now, event, draftID, detail])
    }
}
