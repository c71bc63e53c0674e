import Foundation
import GRDB

/// The center's SQLite database (WAL, synchronous=FULL: a 201 is only sent once the submission
/// is on disk): devices, submissions, staff and their sessions.
public final class CenterDatabase: Sendable {
    let pool: DatabasePool
    let box: SecretBox
    let search: SearchTerms

    public init(url: URL, key: SecretBox) throws(CenterError) {
        box = key
        search = SearchTerms(box: key)
        do {
            var configuration = Configuration()
            configuration.label = "center"
            configuration.busyMode = .timeout(10)
            pool = try DatabasePool(path: url.path, configuration: configuration)
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.migrator.migrate(pool)
        } catch {
            throw CenterError(operation: "open \(url.lastPathComponent)", reason: "\(error)")
        }
        try indexUnindexedSubmissions()
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 devices, submissions, staff") { db in
            try db.create(table: "device") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
                t.column("revokedAt", .datetime)
            }
            try db.create(table: "submission") { t in
                t.primaryKey("instanceID", .text)
                t.column("formID", .text).notNull()
                t.column("formVersion", .text)
                t.column("draftCode", .text).indexed()
                t.column("deviceID", .integer).notNull().references("device")
                t.column("xmlHash", .text).notNull()
                t.column("xml", .blob).notNull()
                t.column("receivedAt", .datetime).notNull()
                t.column("state", .text).notNull()
                t.column("reason", .text)
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "staff") { t in
                t.primaryKey("user", .text)
                t.column("salt", .blob).notNull()
                t.column("passwordHash", .blob).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "staffSession") { t in
                t.primaryKey("tokenHash", .text)
                t.column("user", .text).notNull().references("staff", onDelete: .cascade)
                t.column("expiresAt", .datetime).notNull()
            }
        }
        registerQueueMigrations(&migrator)
        registerSearchMigrations(&migrator)
        return migrator
    }

    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(CenterError) -> T {
        do {
            return try pool.write(body)
        } catch let error as CenterError {
            throw error
        } catch {
            throw CenterError(operation: operation, reason: "\(error)")
        }
    }

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(CenterError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw CenterError(operation: operation, reason: "\(error)")
        }
    }
}
