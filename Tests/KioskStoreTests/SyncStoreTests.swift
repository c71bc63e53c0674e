import Foundation
import GRDB
import Testing

@testable import KioskStore

@Suite struct SyncStoreTests {
    let folder: URL
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sync-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var databaseURL: URL { folder.appendingPathComponent("kiosk.sqlite") }
    var keyURL: URL { folder.appendingPathComponent("sealing.key") }

    func open() throws -> DraftStore {
        try DraftStore(url: databaseURL, key: SealingKey.loadOrCreate(at: keyURL))
    }

    func finalizedDraft(_ store: DraftStore, name: String = "Nguyễn Thị Hoa") throws -> Draft {
        let draft = try store.createDraft(procedure: "p", formID: "f", formVersion: "1", language: "vi", at: now)
        try store.saveAnswer(draftID: draft.id, path: "/data/name", value: name, at: now)
        try store.finalize(draftID: draft.id, submission: "<data id=\"f\"><name>\(name)</name></data>", at: now)
        return draft
    }

    @Test func aDatabaseOfTheFirstSchemaMigratesAndItsFinalizedDraftsGetQueued() throws {
        let key = try SealingKey.loadOrCreate(at: keyURL)
        do {
            // The schema a terminal of the first version has: only the first migration applied.
            let old = try DatabaseQueue(path: databaseURL.path)
            try DraftStore.migrator.migrate(old, upTo: "v1 drafts and answers")
            try old.write { db in
                #expect(try !db.tableExists("outbox"))
                try db.execute(
                    sql: """
                        INSERT INTO draft (id, code, procedure, formID, language, status, submission, createdAt, updatedAt)
                        VALUES ('d1', '12345674', 'p', 'f', 'vi', 'printed', ?, ?, ?)
                        """,
                    arguments: [try key.seal("<data/>"), now, now])
            }
        }
        let store = try DraftStore(url: databaseURL, key: key)
        let applied = try store.database.read { try DraftStore.migrator.appliedMigrations($0) }
        #expect(
            applied == [
                "v1 drafts and answers", "v2 sync outbox, tickets, audit, settings", "ui: draft snapshots and ratings",
                "queue: desk and block records",
            ])
        #expect(try store.queueFinalizedDrafts(at: now) == 1)
        #expect(try store.dueUploads(at: now).map(\.instanceID) == ["uuid:d1"])
        #expect(try store.submission(draftID: "d1") == "<data/>")
    }

    @Test func theOutboxRetriesParksAndForgetsUploadedDrafts() throws {
        let store = try open()
        let a = try finalizedDraft(store)
        let b = try finalizedDraft(store, name: "Lò Văn Páo")
        _ = try store.createDraft(procedure: "p", formID: "f", formVersion: "1", language: "vi", at: now)  // editing
        #expect(try store.queueFinalizedDrafts(at: now) == 2)
        #expect(try store.queueFinalizedDrafts(at: now) == 0)
        #expect(Set(try store.dueUploads(at: now).map(\.draftID)) == [a.id, b.id])

        try store.uploadFailed(draftID: a.id, reason: "timed out", nextAttemptAt: now + 60, at: now)
        #expect(try store.dueUploads(at: now).map(\.draftID) == [b.id])
        #expect(try store.dueUploads(at: now + 61).first { $0.draftID == a.id }?.attempts == 1)
        #expect(try store.nextUploadDue() == now)

        try store.uploadParked(draftID: b.id, reason: "conflict 409", at: now)
        #expect(try store.dueUploads(at: now + 3600).map(\.draftID) == [a.id])
        try store.uploadAccepted(draftID: a.id, at: now + 61)
        #expect(try store.drafts().first { $0.id == a.id }?.status == .uploaded)
        // A late "printed" from the print job does not send it again.
        try store.setStatus(.printed, draftID: a.id, at: now + 62)
        #expect(try store.queueFinalizedDrafts(at: now + 63) == 0)
        let summary = try store.outboxSummary()
        #expect(summary.pending == 0 && summary.parked == 1 && summary.uploaded == 1)
    }

    @Test func acknowledgedDraftsArePurgedAfterRetention() throws {
        let store = try open()
        let kept = try finalizedDraft(store)
        let old = try finalizedDraft(store)
        let abandoned = try store.createDraft(procedure: "p", formID: "f", formVersion: "1", language: "vi", at: now)
        try store.saveAnswer(draftID: abandoned.id, path: "/data/name", value: "x", at: now)
        for draft in [kept, old] {
            try store.queueUpload(draftID: draft.id, instanceID: "uuid:\(draft.id)", at: now)
            try store.uploadAccepted(draftID: draft.id, at: now)
        }
        try store.recordCenterStatus(CenterStatus(state: "received"), draftID: old.id, at: now)
        try store.recordCenterStatus(
            CenterStatus(state: "rejected", reason: "thiếu ảnh"), draftID: kept.id, at: now + 86400)
        #expect(try store.centerStatus(draftID: kept.id) == CenterStatus(state: "rejected", reason: "thiếu ảnh"))

        let purged = try store.purge(acknowledgedBefore: now + 3600, abandonedBefore: now + 1, at: now + 2 * 86400)
        #expect(purged == 2)
        let byID = Dictionary(uniqueKeysWithValues: try store.drafts().map { ($0.id, $0.status) })
        #expect(byID[old.id] == .purged && byID[abandoned.id] == .purged && byID[kept.id] == .acknowledged)
        #expect(try store.answers(draftID: old.id).isEmpty && store.submission(draftID: old.id) == nil)
        #expect(try store.answers(draftID: kept.id).count == 1)
    }

    @Test func theAuditLogHoldsNoAnswers() throws {
        let store = try open()
        let draft = try finalizedDraft(store, name: "Hoàng Thị Mai")
        try store.queueFinalizedDrafts(at: now)
        try store.uploadFailed(draftID: draft.id, reason: "connection refused", nextAttemptAt: now + 5, at: now)
        try store.uploadAccepted(draftID: draft.id, at: now + 5)
        let log = try store.auditLog()
        #expect(log.map(\.event) == ["upload.accepted", "upload.failed", "upload.queued"])
        let text = log.map { "\($0.event) \($0.draftID ?? "") \($0.detail ?? "")" }.joined()
        #expect(!text.contains("Mai") && !text.contains("Hoàng"))
    }

    @Test func settingsRoundTrip() throws {
        let store = try open()
        #expect(try store.setting("forms.lastCheck") == nil)
        try store.setSetting("forms.lastCheck", to: "2026-11-22")
        try store.setSetting("forms.lastCheck", to: "2026-11-23")
        #expect(try open().setting("forms.lastCheck") == "2026-11-23")
        try store.setSetting("forms.lastCheck", to: nil)
        #expect(try store.setting("forms.lastCheck") == nil)
    }

    @Test func theKeyIsReadableOnlyByItsOwner() throws {
        _ = try SealingKey.loadOrCreate(at: keyURL)
        let mode = try FileManager.default.attributesOfItem(atPath: keyURL.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keyURL.path)
        #expect(throws: StoreError.self) { try SealingKey.loadOrCreate(at: keyURL) }
    }
}
