import Foundation
import GRDB

/// A named record of the queue (JSON the queue module writes: a village house's whole queue, the
/// block a terminal issues from while the center is away), with a revision counted up on every
/// change so that a watcher in another process can see that it changed. Queue records hold ticket
/// numbers, services and draft codes, never a citizen's answers, so they are not sealed.
public struct QueueRecord: Sendable, Equatable {
    public var data: Data
    /// 1 for the first write, then one more each time.
    public var revision: Int
}

extension DraftStore {
    static func registerQueueMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("queue: desk and block records") { db in
            try db.create(table: "queueRecord") { t in
                t.primaryKey("name", .text)
                t.column("data", .blob).notNull()
                t.column("revision", .integer).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            // The first, per-service ticket counter of v2 gave way to the queue records.
            try db.drop(table: "ticket")
        }
    }

    /// The record called `name`, if it was ever written.
    public func queueRecord(_ name: String) throws(StoreError) -> QueueRecord? {
        try read("read queue record \(name)") { db in
            try Row.fetchOne(db, sql: "SELECT data, revision FROM queueRecord WHERE name = ?", arguments: [name])
                .map { QueueRecord(data: $0["data"], revision: $0["revision"]) }
        }
    }

    /// Reads the record `name` (nil when new), lets `change` turn it into the next, and writes that
    /// back, all in one immediate write transaction: the terminal and a `kiosk queue` command on
    /// the same file take turns, and neither loses the other's change. When `change` throws, nothing
    /// is written and its error reaches the caller as it is; a database failure is a `StoreError`.
    public func updateQueueRecord<Result>(
        _ name: String, at now: Date, _ change: (QueueRecord?) throws -> (data: Data, result: Result)
    ) throws -> Result {
        do {
            return try database.writeWithoutTransaction { db in
                var result: Result?
                try db.inTransaction(.immediate) {
                    let current = try Row.fetchOne(
                        db, sql: "SELECT data, revision FROM queueRecord WHERE name = ?", arguments: [name]
                    ).map { QueueRecord(data: $0["data"], revision: $0["revision"]) }
                    let next = try change(current)
                    try db.execute(
                        sql: """
                            INSERT INTO queueRecord (name, data, revision, updatedAt) VALUES (?, ?, 1, ?)
                            ON CONFLICT(name) DO UPDATE SET data = excluded.data, revision = revision + 1,
                              updatedAt = excluded.updatedAt
                            """,
                        arguments: [name, next.data, now])
                    result = next.result
                    return .commit
                }
                guard let result else {
                    throw StoreError(operation: "update queue record \(name)", reason: "no result")
                }
                return result
            }
        } catch let error as DatabaseError {
            throw StoreError(operation: "update queue record \(name)", reason: "\(error)")
        }
    }
}
