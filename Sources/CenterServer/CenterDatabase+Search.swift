import Foundation
import GRDB

extension CenterDatabase {
    /// The search index beside the submissions: blind terms (see SearchTerms), and which
    /// submissions have theirs (rows received before the index are filled in when the database opens).
    static func registerSearchMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("search terms") { db in
            try db.create(table: "submissionTerm") { t in
                t.column("term", .text).notNull()
                t.column("instanceID", .text).notNull().references("submission", onDelete: .cascade)
                t.primaryKey(["term", "instanceID"])
            }
            try db.alter(table: "submission") { t in
                t.add(column: "termsIndexed", .boolean).notNull().defaults(to: false)
            }
        }
    }

    /// Stores a submission's blind terms and marks it indexed (inside the caller's transaction).
    func index(_ instance: SubmittedInstance, in db: Database) throws {
        for term in search.terms(for: instance) {
            try db.execute(
                sql: "INSERT OR IGNORE INTO submissionTerm (term, instanceID) VALUES (?, ?)",
                arguments: [term, instance.instanceID])
        }
        try db.execute(
            sql: "UPDATE submission SET termsIndexed = 1 WHERE instanceID = ?", arguments: [instance.instanceID])
    }

    /// Indexes every submission stored before the index existed; returns how many.
    @discardableResult
    public func indexUnindexedSubmissions() throws(CenterError) -> Int {
        let pending = try read("list unindexed") { db in
            try Row.fetchAll(db, sql: "SELECT instanceID, xml FROM submission WHERE termsIndexed = 0")
                .map { (id: $0["instanceID"] as String, sealed: $0["xml"] as Data) }
        }
        for row in pending {
            let xml = try box.open(row.sealed)
            // A row that no longer parses is marked so it is not tried on every start; it is still
            // found by its draft code.
            let instance = try? SubmittedInstance.parse(xml)
            try write("index submission") { db in
                if let instance, instance.instanceID == row.id {
                    try index(instance, in: db)
                } else {
                    try db.execute(
                        sql: "UPDATE submission SET termsIndexed = 1 WHERE instanceID = ?", arguments: [row.id])
                }
            }
        }
        return pending.count
    }

    /// The submissions a staff query finds: by draft code (digits that are not an ID number), by
    /// personal ID number, or by the words of a name typed with or without tones; newest first.
    public func findSubmissions(_ query: String, limit: Int = 50) throws(CenterError) -> [StoredSubmission] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty, text.count <= 16, text.allSatisfy({ $0.isASCII && $0.isNumber }),
            SearchTerms.idNumber(text) == nil
        {
            return try submission(code: text).map { [$0] } ?? []
        }
        guard let terms = search.query(text) else { return [] }
        let marks = terms.map { _ in "?" }.joined(separator: ", ")
        return try read("search submissions") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT submission.*, device.name AS deviceName FROM submission JOIN device ON device.id = deviceID
                    WHERE instanceID IN (
                        SELECT instanceID FROM submissionTerm WHERE term IN (\(marks))
                        GROUP BY instanceID HAVING COUNT(*) = ?)
                    ORDER BY receivedAt DESC LIMIT ?
                    """,
                arguments: StatementArguments(terms + [terms.count, limit] as [any DatabaseValueConvertible])
            ).map(Self.stored)
        }
    }
}
