import Foundation
import GRDB

extension DraftStore {
    /// Puts a finalized draft in the outbox (once; queuing it again changes nothing).
    public func queueUpload(draftID: String, instanceID: String, at now: Date) throws(StoreError) {
        try write("queue upload") { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO outbox (draftID, instanceID, enqueuedAt, nextAttemptAt)
                    SELECT id, ?, ?, ? FROM draft WHERE id = ? AND submission IS NOT NULL AND uploadedAt IS NULL
                    """,
                arguments: [instanceID, now, now, draftID])
            if db.changesCount > 0 { try Self.insertAudit(db, "upload.queued", draftID: draftID, at: now) }
        }
    }

    /// Queues every finalized or printed draft not uploaded and not queued yet, with the instanceID
    /// the terminal writes ("uuid:" + draft id). Returns how many were added. The uploader calls
    /// this on each pass, so a draft finalized by any path (or before a crash) is never left behind.
    @discardableResult
    public func queueFinalizedDrafts(at now: Date) throws(StoreError) -> Int {
        try write("queue finalized drafts") { db in
            let ids = try String.fetchAll(
                db,
                sql: """
                    SELECT id FROM draft WHERE status IN ('finalized', 'printed') AND submission IS NOT NULL
                    AND uploadedAt IS NULL AND id NOT IN (SELECT draftID FROM outbox)
                    """)
            for id in ids {
                try db.execute(
                    sql: "INSERT INTO outbox (draftID, instanceID, enqueuedAt, nextAttemptAt) VALUES (?, ?, ?, ?)",
                    arguments: [id, "uuid:\(id)", now, now])
                try Self.insertAudit(db, "upload.queued", draftID: id, at: now)
            }
            return ids.count
        }
    }

    /// Uploads due at `now`, oldest first; parked ones are left out.
    public func dueUploads(at now: Date, limit: Int = 20) throws(StoreError) -> [OutboxItem] {
        try read("read outbox") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT outbox.*, draft.code FROM outbox JOIN draft ON draft.id = outbox.draftID
                    WHERE parkedAt IS NULL AND nextAttemptAt <= ? ORDER BY nextAttemptAt, enqueuedAt LIMIT ?
                    """,
                arguments: [now, limit]
            ).map(Self.outboxItem)
        }
    }

    /// Every outbox entry, parked ones included.
    public func outbox() throws(StoreError) -> [OutboxItem] {
        try read("read outbox") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT outbox.*, draft.code FROM outbox JOIN draft ON draft.id = outbox.draftID
                    ORDER BY enqueuedAt
                    """
            ).map(Self.outboxItem)
        }
    }

    /// When the next waiting upload is due, nil when none waits.
    public func nextUploadDue() throws(StoreError) -> Date? {
        try read("read outbox") { db in
            try Date.fetchOne(db, sql: "SELECT MIN(nextAttemptAt) FROM outbox WHERE parkedAt IS NULL")
        }
    }

    /// The center accepted the draft: it leaves the outbox and becomes "uploaded".
    public func uploadAccepted(draftID: String, at now: Date) throws(StoreError) {
        try write("record upload") { db in
            try db.execute(sql: "DELETE FROM outbox WHERE draftID = ?", arguments: [draftID])
            try db.execute(
                sql: """
                    UPDATE draft SET uploadedAt = ?, updatedAt = ?,
                    status = CASE WHEN status IN ('finalized', 'printed') THEN 'uploaded' ELSE status END
                    WHERE id = ?
                    """,
                arguments: [now, now, draftID])
            try Self.insertAudit(db, "upload.accepted", draftID: draftID, at: now)
        }
    }

    /// A try failed and will be made again at `nextAttemptAt`; `reason` must hold no personal data.
    public func uploadFailed(draftID: String, reason: String, nextAttemptAt: Date, at now: Date) throws(StoreError) {
        try write("record upload failure") { db in
            try db.execute(
                sql: "UPDATE outbox SET attempts = attempts + 1, lastError = ?, nextAttemptAt = ? WHERE draftID = ?",
                arguments: [reason, nextAttemptAt, draftID])
            try Self.insertAudit(db, "upload.failed", draftID: draftID, detail: reason, at: now)
        }
    }

    /// The center refused the draft for good (a conflict, a malformed submission): it stays in the
    /// outbox, not tried again, until a technician looks at it.
    public func uploadParked(draftID: String, reason: String, at now: Date) throws(StoreError) {
        try write("park upload") { db in
            try db.execute(
                sql: "UPDATE outbox SET attempts = attempts + 1, lastError = ?, parkedAt = ? WHERE draftID = ?",
                arguments: [reason, now, draftID])
            try Self.insertAudit(db, "upload.parked", draftID: draftID, detail: reason, at: now)
        }
    }

    /// Counts for the technician.
    public func outboxSummary() throws(StoreError) -> OutboxSummary {
        try read("summarize outbox") { db in
            let pending =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE parkedAt IS NULL") ?? 0
            let parked =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE parkedAt IS NOT NULL") ?? 0
            let uploaded =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM draft WHERE uploadedAt IS NOT NULL") ?? 0
            let next = try Date.fetchOne(db, sql: "SELECT MIN(nextAttemptAt) FROM outbox WHERE parkedAt IS NULL")
            let lastError = try String.fetchOne(
                db, sql: "SELECT lastError FROM outbox WHERE lastError IS NOT NULL ORDER BY nextAttemptAt DESC")
            return OutboxSummary(
                pending: pending, parked: parked, uploaded: uploaded, nextAttemptAt: next, lastError: lastError)
        }
    }

    static func outboxItem(_ row: Row) -> OutboxItem {
        OutboxItem(
            draftID: row["draftID"], draftCode: row["code"], instanceID: row["instanceID"],
            attempts: row["attempts"], nextAttemptAt: row["nextAttemptAt"], lastError: row["lastError"],
            parkedAt: row["parkedAt"])
    }
}
