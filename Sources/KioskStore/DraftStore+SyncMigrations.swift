import GRDB

extension DraftStore {
    /// The tables of uploading, tickets, the audit log and settings, appended after the first
    /// schema so that a terminal installed with it migrates in place.
    static func registerSyncMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2 sync outbox, tickets, audit, settings") { db in
            try db.create(table: "outbox") { t in
                t.primaryKey("draftID", .text).references("draft", onDelete: .cascade)
                t.column("instanceID", .text).notNull()
                t.column("enqueuedAt", .datetime).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("nextAttemptAt", .datetime).notNull()
                // Why the last try failed: an HTTP status or a transport error, never content.
                t.column("lastError", .text)
                // Set when the center refused for good (409, 400): kept for the technician.
                t.column("parkedAt", .datetime)
            }
            try db.create(index: "outbox_due", on: "outbox", columns: ["parkedAt", "nextAttemptAt"])
            try db.create(table: "ticket") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("number", .integer).notNull()
                t.column("service", .text).notNull()
                t.column("issuedAt", .datetime).notNull()
                t.column("draftCode", .text)
            }
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("event", .text).notNull()
                t.column("draftID", .text)
                t.column("detail", .text)
            }
            try db.create(table: "setting") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            // The center's last word on a draft (received, processing, ready, rejected).
            try db.alter(table: "draft") { t in
                t.add(column: "centerStatus", .text)
                t.add(column: "centerReason", .text)
                // Set once the center accepted the upload; a later "printed" status does not re-queue it.
                t.add(column: "uploadedAt", .datetime)
            }
        }
    }
}
