import Foundation
import GRDB

extension DraftStore {
    /// Wipes the personal data of drafts the center acknowledged before `acknowledgedBefore`, and
    /// of drafts left in editing since before `abandonedBefore`: their answers and submission go,
    /// the row stays as "purged" (code and dates only) so the audit log still makes sense.
    /// Returns how many drafts were purged.
    @discardableResult
    public func purge(
        acknowledgedBefore: Date, abandonedBefore: Date? = nil, at now: Date
    ) throws(StoreError) -> Int {
        try write("purge drafts") { db in
            var ids = try String.fetchAll(
                db, sql: "SELECT id FROM draft WHERE status = 'acknowledged' AND updatedAt < ?",
                arguments: [acknowledgedBefore])
            if let abandonedBefore {
                ids += try String.fetchAll(
                    db, sql: "SELECT id FROM draft WHERE status = 'editing' AND updatedAt < ?",
                    arguments: [abandonedBefore])
            }
            for id in ids {
                try db.execute(sql: "DELETE FROM answer WHERE draftID = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM outbox WHERE draftID = ?", arguments: [id])
                try db.execute(
                    sql: "UPDATE draft SET submission = NULL, status = 'purged', updatedAt = ? WHERE id = ?",
                    arguments: [now, id])
                try Self.insertAudit(db, "draft.purged", draftID: id, at: now)
            }
            return ids.count
        }
    }
}
