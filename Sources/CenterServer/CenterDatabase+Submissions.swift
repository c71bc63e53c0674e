import Crypto
import Foundation
import GRDB

extension CenterDatabase {
    /// Stores a parsed submission, idempotent on its instanceID. The commit is synced before this
    /// returns, so a 201 is only ever sent for data on disk.
    public func store(
        _ instance: SubmittedInstance, xml: Data, draftCode: String?, device: Device, at now: Date
    ) throws(CenterError) -> StoreOutcome {
        let hash = SHA256.hash(data: xml).map { String(format: "%02x", $0) }.joined()
        let sealed = try box.seal(xml)
        return try write("store submission") { db in
            if let existing = try String.fetchOne(
                db, sql: "SELECT xmlHash FROM submission WHERE instanceID = ?", arguments: [instance.instanceID])
            {
                return existing == hash ? .duplicate : .conflict
            }
            try db.execute(
                sql: """
                    INSERT INTO submission (instanceID, formID, formVersion, draftCode, deviceID, xmlHash, xml,
                    receivedAt, state, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?)
                    """,
                arguments: [
                    instance.instanceID, instance.formID, instance.formVersion, draftCode, device.id, hash, sealed,
                    now, now,
                ])
            try index(instance, in: db)
            return .created
        }
    }

    /// The newest submission filed under a draft code.
    public func submission(code: String) throws(CenterError) -> StoredSubmission? {
        try read("find submission") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT submission.*, device.name AS deviceName FROM submission JOIN device ON device.id = deviceID
                    WHERE draftCode = ? ORDER BY receivedAt DESC LIMIT 1
                    """,
                arguments: [code]
            ).map(Self.stored)
        }
    }

    /// The newest submissions, for the staff's list.
    public func recentSubmissions(limit: Int = 50) throws(CenterError) -> [StoredSubmission] {
        try read("list submissions") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT submission.*, device.name AS deviceName FROM submission JOIN device ON device.id = deviceID
                    ORDER BY receivedAt DESC LIMIT ?
                    """,
                arguments: [limit]
            ).map(Self.stored)
        }
    }

    /// How many submissions the center holds.
    public func submissionCount() throws(CenterError) -> Int {
        try read("count submissions") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission") ?? 0 }
    }

    /// The instance XML, unsealed.
    public func instanceXML(instanceID: String) throws(CenterError) -> Data? {
        let sealed = try read("read submission") { db in
            try Data.fetchOne(db, sql: "SELECT xml FROM submission WHERE instanceID = ?", arguments: [instanceID])
        }
        return try sealed.map { (data: Data) throws(CenterError) -> Data in try box.open(data) }
    }

    /// Sets the state staff gave a draft (a reason only for "rejected").
    public func setState(
        _ state: StoredSubmission.State, reason: String?, instanceID: String, at now: Date
    ) throws(CenterError) {
        try write("set state") { db in
            try db.execute(
                sql: "UPDATE submission SET state = ?, reason = ?, updatedAt = ? WHERE instanceID = ?",
                arguments: [state.rawValue, state == .rejected ? reason : nil, now, instanceID])
        }
    }

    static func stored(_ row: Row) -> StoredSubmission {
        StoredSubmission(
            instanceID: row["instanceID"], formID: row["formID"], formVersion: row["formVersion"],
            draftCode: row["draftCode"], deviceName: row["deviceName"], receivedAt: row["receivedAt"],
            state: StoredSubmission.State(rawValue: row["state"]) ?? .received, reason: row["reason"])
    }
}
