import Foundation
import GRDB

/// Drafts and their answers in SQLite (WAL, synchronous=FULL): an answer is on disk before the
/// next screen shows. Answers and submissions are sealed with the terminal's key.
public final class DraftStore: Sendable {
    let database: DatabasePool
    let key: SealingKey

    /// Opens (creating and migrating) the database at `url`.
    public init(url: URL, key: SealingKey) throws(StoreError) {
        self.key = key
        do {
            var configuration = Configuration()
            configuration.label = "kiosk.drafts"
            // `kiosk queue` changes the queue in the same file from another process: wait for it.
            configuration.busyMode = .timeout(10)
            database = try DatabasePool(path: url.path, configuration: configuration)
            // GRDB sets synchronous=NORMAL for WAL after prepareDatabase; a citizen's answer must
            // survive a power cut, so every commit is synced.
            try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.migrator.migrate(database)
        } catch {
            throw StoreError(operation: "open \(url.lastPathComponent)", reason: "\(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 drafts and answers") { db in
            try db.create(table: "draft") { t in
                t.primaryKey("id", .text)
                t.column("code", .text).notNull().unique()
                t.column("procedure", .text).notNull()
                t.column("formID", .text).notNull()
                t.column("formVersion", .text)
                t.column("language", .text).notNull()
                t.column("status", .text).notNull()
                t.column("submission", .blob)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "answer") { t in
                t.column("draftID", .text).notNull().references("draft", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("value", .blob).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.primaryKey(["draftID", "path"])
            }
        }
        registerSyncMigrations(&migrator)
        registerSnapshotAndRatingMigrations(&migrator)
        registerQueueMigrations(&migrator)
        return migrator
    }

    /// Creates a draft with a fresh, unused code.
    public func createDraft(
        procedure: String, formID: String, formVersion: String?, language: String,
        at now: Date
    ) throws(StoreError) -> Draft {
        var generator = SystemRandomNumberGenerator()
        do {
            return try database.write { db in
                var code = DraftCode.make(using: &generator)
                while try Bool.fetchOne(db, sql: "SELECT 1 FROM draft WHERE code = ?", arguments: [code]) == true {
                    code = DraftCode.make(using: &generator)
                }
                let draft = Draft(
                    id: UUID().uuidString.lowercased(), code: code, procedure: procedure, formID: formID,
                    formVersion: formVersion, language: language, status: .editing,
                    createdAt: now, updatedAt: now)
                try db.execute(
                    sql: """
                        INSERT INTO draft (id, code, procedure, formID, formVersion, language, status, createdAt, updatedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        draft.id, draft.code, procedure, formID, formVersion, language, draft.status.rawValue, now, now,
                    ])
                return draft
            }
        } catch {
            throw StoreError(operation: "create draft", reason: "\(error)")
        }
    }

    /// Stores one answer durably (nil removes it). Returns once the commit is synced.
    public func saveAnswer(draftID: String, path: String, value: String?, at now: Date) throws(StoreError) {
        let sealed = try value.map { (v: String) throws(StoreError) -> Data in try key.seal(v) }
        do {
            try database.write { db in
                if let sealed {
                    try db.execute(
                        sql: """
                            INSERT INTO answer (draftID, path, value, updatedAt) VALUES (?, ?, ?, ?)
                            ON CONFLICT(draftID, path) DO UPDATE SET value = excluded.value, updatedAt = excluded.updatedAt
                            """,
                        arguments: [draftID, path, sealed, now])
                } else {
                    try db.execute(
                        sql: "DELETE FROM answer WHERE draftID = ? AND path = ?", arguments: [draftID, path])
                }
                try db.execute(sql: "UPDATE draft SET updatedAt = ? WHERE id = ?", arguments: [now, draftID])
            }
        } catch {
            throw StoreError(operation: "save answer", reason: "\(error)")
        }
    }

    /// The answers of a draft, unsealed, by path.
    public func answers(draftID: String) throws(StoreError) -> [String: String] {
        let rows: [Row]
        do {
            rows = try database.read { db in
                try Row.fetchAll(db, sql: "SELECT path, value FROM answer WHERE draftID = ?", arguments: [draftID])
            }
        } catch {
            throw StoreError(operation: "read answers", reason: "\(error)")
        }
        var answers: [String: String] = [:]
        for row in rows {
            answers[row["path"]] = try key.open(row["value"])
        }
        return answers
    }

    /// Stores the finished submission (sealed) and moves the draft to finalized. A draft already
    /// uploaded keeps the submission the center has: finalizing it again fails.
    public func finalize(draftID: String, submission: String, at now: Date) throws(StoreError) {
        let sealed = try key.seal(submission)
        let changed: Int
        do {
            changed = try database.write { db in
                try db.execute(
                    sql: """
                        UPDATE draft SET submission = ?, updatedAt = ?,
                        status = CASE WHEN status = 'editing' THEN 'finalized' ELSE status END
                        WHERE id = ? AND status IN ('editing', 'finalized', 'printed')
                        """,
                    arguments: [sealed, now, draftID])
                return db.changesCount
            }
        } catch {
            throw StoreError(operation: "finalize draft", reason: "\(error)")
        }
        guard changed == 1 else {
            throw StoreError(operation: "finalize draft", reason: "no draft \(draftID) still open to changes")
        }
    }

    /// The submission XML of a finalized draft, unsealed.
    public func submission(draftID: String) throws(StoreError) -> String? {
        let sealed: Data?
        do {
            sealed = try database.read { db in
                try Data.fetchOne(db, sql: "SELECT submission FROM draft WHERE id = ?", arguments: [draftID])
            }
        } catch {
            throw StoreError(operation: "read submission", reason: "\(error)")
        }
        return try sealed.map { (data: Data) throws(StoreError) -> String in try key.open(data) }
    }

    /// Moves a draft forward to `status`; a draft already at or past it keeps its status.
    public func setStatus(_ status: Draft.Status, draftID: String, at now: Date) throws(StoreError) {
        // A status only moves forward (editing → finalized → printed → uploaded → acknowledged →
        // purged): a print that ends after the upload must not take an uploaded draft back to printed.
        let earlier = Draft.Status.allCases.prefix { $0 != status }.map { "'\($0.rawValue)'" }
        guard !earlier.isEmpty else { return }
        do {
            try database.write { db in
                try db.execute(
                    sql:
                        "UPDATE draft SET status = ?, updatedAt = ? WHERE id = ? AND status IN (\(earlier.joined(separator: ", ")))",
                    arguments: [status.rawValue, now, draftID])
            }
        } catch {
            throw StoreError(operation: "set status", reason: "\(error)")
        }
    }

    /// Every draft, newest first.
    public func drafts() throws(StoreError) -> [Draft] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM draft ORDER BY createdAt DESC, rowid DESC").map { row in
                    Draft(
                        id: row["id"], code: row["code"], procedure: row["procedure"], formID: row["formID"],
                        formVersion: row["formVersion"], language: row["language"],
                        status: Draft.Status(rawValue: row["status"]) ?? .editing,
                        createdAt: row["createdAt"], updatedAt: row["updatedAt"])
                }
            }
        } catch {
            throw StoreError(operation: "list drafts", reason: "\(error)")
        }
    }
}
