import Foundation
import GRDB

/// One satisfaction rating: a face tapped at the end, with nothing that names the citizen (no
/// draft, no time of day: only the day).
public struct Rating: Sendable, Equatable {
    /// 1 (unhappy) to 5 (happy).
    public var score: Int
    public var procedure: String?
    public var language: String
    /// The calendar day, "2026-11-22".
    public var day: String

    public init(score: Int, procedure: String?, language: String, day: String) {
        self.score = score
        self.procedure = procedure
        self.language = language
        self.day = day
    }
}

extension DraftStore {
    /// The tables of "continue later" (the sealed session snapshot of a draft: answers by path
    /// shift when repeat instances are removed, so the whole session is kept) and of the ratings.
    static func registerSnapshotAndRatingMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("ui: draft snapshots and ratings") { db in
            try db.create(table: "draftSnapshot") { t in
                t.primaryKey("draftID", .text).references("draft", onDelete: .cascade)
                t.column("snapshot", .blob).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "rating") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("score", .integer).notNull()
                t.column("procedure", .text)
                t.column("language", .text).notNull()
                t.column("day", .text).notNull()
            }
        }
    }

    /// Keeps the session of a draft saved for later, sealed; replaces an earlier one.
    public func saveSnapshot(draftID: String, snapshot: Data, at now: Date) throws(StoreError) {
        let sealed = try key.seal(String(decoding: snapshot, as: UTF8.self))
        do {
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO draftSnapshot (draftID, snapshot, updatedAt) VALUES (?, ?, ?)
                        ON CONFLICT(draftID) DO UPDATE SET snapshot = excluded.snapshot, updatedAt = excluded.updatedAt
                        """,
                    arguments: [draftID, sealed, now])
                try db.execute(sql: "UPDATE draft SET updatedAt = ? WHERE id = ?", arguments: [now, draftID])
            }
        } catch {
            throw StoreError(operation: "save snapshot", reason: "\(error)")
        }
    }

    /// The draft with `code` and its saved session snapshot, unsealed; nil when no draft still being
    /// edited has that code or it was never saved for later.
    public func savedDraft(code: String) throws(StoreError) -> (draft: Draft, snapshot: Data)? {
        let row: Row?
        do {
            row = try database.read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT draft.*, draftSnapshot.snapshot AS sealedSnapshot FROM draft
                        JOIN draftSnapshot ON draftSnapshot.draftID = draft.id
                        WHERE draft.code = ? AND draft.status = ?
                        """,
                    arguments: [code, Draft.Status.editing.rawValue])
            }
        } catch {
            throw StoreError(operation: "find saved draft", reason: "\(error)")
        }
        guard let row else { return nil }
        let draft = Draft(
            id: row["id"], code: row["code"], procedure: row["procedure"], formID: row["formID"],
            formVersion: row["formVersion"], language: row["language"], status: .editing,
            createdAt: row["createdAt"], updatedAt: row["updatedAt"])
        let text = try key.open(row["sealedSnapshot"])
        return (draft, Data(text.utf8))
    }

    /// Deletes a draft with its answers and snapshot (a citizen walked away from it).
    public func deleteDraft(id: String) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(sql: "DELETE FROM answer WHERE draftID = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM draftSnapshot WHERE draftID = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM draft WHERE id = ?", arguments: [id])
            }
        } catch {
            throw StoreError(operation: "delete draft", reason: "\(error)")
        }
    }

    /// Keeps one satisfaction rating.
    public func saveRating(_ rating: Rating) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(
                    sql: "INSERT INTO rating (score, procedure, language, day) VALUES (?, ?, ?, ?)",
                    arguments: [rating.score, rating.procedure, rating.language, rating.day])
            }
        } catch {
            throw StoreError(operation: "save rating", reason: "\(error)")
        }
    }

    /// Every rating kept, oldest first.
    public func ratings() throws(StoreError) -> [Rating] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM rating ORDER BY id").map { row in
                    Rating(score: row["score"], procedure: row["procedure"], language: row["language"], day: row["day"])
                }
            }
        } catch {
            throw StoreError(operation: "list ratings", reason: "\(error)")
        }
    }
}
