import Foundation
import GRDB

extension DraftStore {
    /// The draft with this code, nil when there is none.
    public func draft(code: String) throws(StoreError) -> Draft? {
        try read("find draft") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM draft WHERE code = ?", arguments: [code]).map(Self.draft)
        }
    }

    /// Records the center's status of an uploaded draft; the draft becomes "acknowledged" (the
    /// center has it), which starts its retention period.
    public func recordCenterStatus(_ status: CenterStatus, draftID: String, at now: Date) throws(StoreError) {
        try write("record center status") { db in
            try db.execute(
                sql: """
                    UPDATE draft SET centerStatus = ?, centerReason = ?, updatedAt = ?,
                    status = CASE WHEN status IN ('finalized', 'printed', 'uploaded') THEN 'acknowledged' ELSE status END
                    WHERE id = ?
                    """,
                arguments: [status.state, status.reason, now, draftID])
            try Self.insertAudit(db, "center.status", draftID: draftID, detail: status.state, at: now)
        }
    }

    /// The center's last known status of a draft, nil when none was received.
    public func centerStatus(draftID: String) throws(StoreError) -> CenterStatus? {
        try read("read center status") { db in
            try Row.fetchOne(db, sql: "SELECT centerStatus, centerReason FROM draft WHERE id = ?", arguments: [draftID])
                .flatMap { row in
                    (row["centerStatus"] as String?).map { CenterStatus(state: $0, reason: row["centerReason"]) }
                }
        }
    }

    static func draft(_ row: Row) -> Draft {
        Draft(
            id: row["id"], code: row["code"], procedure: row["procedure"], formID: row["formID"],
            formVersion: row["formVersion"], language: row["language"],
            status: Draft.Status(rawValue: row["status"]) ?? .editing,
            createdAt: row["createdAt"], updatedAt: row["updatedAt"])
    }
}
