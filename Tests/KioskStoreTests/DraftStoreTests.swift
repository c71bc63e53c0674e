import Foundation
import GRDB
import Testing

@testable import KioskStore

@Suite struct DraftStoreTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func open() throws -> DraftStore {
        try DraftStore(
            url: folder.appendingPathComponent("kiosk.sqlite"),
            key: SealingKey.loadOrCreate(at: folder.appendingPathComponent("sealing.key")))
    }

    @Test func answersSurviveReopeningAndAreSealedOnDisk() throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        var draftID = ""
        do {
            let store = try open()
            let draft = try store.createDraft(procedure: "p", formID: "f", formVersion: "1", language: "vi", at: now)
            draftID = draft.id
            try store.saveAnswer(draftID: draft.id, path: "/data/name", value: "Nguyễn Thị Hoa", at: now)
            try store.saveAnswer(draftID: draft.id, path: "/data/year", value: "1985", at: now)
            try store.saveAnswer(draftID: draft.id, path: "/data/year", value: "1986", at: now)
            try store.saveAnswer(draftID: draft.id, path: "/data/gone", value: "x", at: now)
            try store.saveAnswer(draftID: draft.id, path: "/data/gone", value: nil, at: now)
        }
        let reopened = try open()
        #expect(try reopened.answers(draftID: draftID) == ["/data/name": "Nguyễn Thị Hoa", "/data/year": "1986"])

        // What is on disk is not readable without the key.
        let raw = try DatabaseQueue(path: folder.appendingPathComponent("kiosk.sqlite").path)
        let blobs = try raw.read { try Data.fetchAll($0, sql: "SELECT value FROM answer") }
        #expect(blobs.count == 2)
        for blob in blobs {
            #expect(blob.range(of: Data("Nguyễn".utf8)) == nil)
            #expect(blob.range(of: Data("1986".utf8)) == nil)
        }
        let synchronous = try reopened.database.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(synchronous != nil)
        let mode = try reopened.database.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(mode == 2, "FULL: every commit synced")
    }

    @Test func aWrongKeyCannotReadAnswers() throws {
        let store = try open()
        let draft = try store.createDraft(procedure: "p", formID: "f", formVersion: nil, language: "vi", at: Date())
        try store.saveAnswer(draftID: draft.id, path: "/data/a", value: "secret", at: Date())
        let other = try DraftStore(
            url: folder.appendingPathComponent("kiosk.sqlite"),
            key: SealingKey.loadOrCreate(at: folder.appendingPathComponent("other.key")))
        #expect(throws: StoreError.self) { try other.answers(draftID: draft.id) }
    }

    @Test func draftCodesCarryACheckDigit() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let code = DraftCode.make(using: &generator)
            #expect(code.count == 8)
            #expect(DraftCode.isValid(code))
            // Any single changed digit is caught.
            let digits = Array(code)
            let changed =
                String(digits[0] == "9" ? "0" : String((digits[0].wholeNumberValue ?? 0) + 1))
                + String(digits.dropFirst())
            #expect(!DraftCode.isValid(changed))
        }
        #expect(DraftCode.isValid("79927398713"))
        #expect(!DraftCode.isValid("79927398710"))
        #expect(!DraftCode.isValid("12a4"))
    }

    @Test func finalizingKeepsTheSubmissionSealed() throws {
        let store = try open()
        let draft = try store.createDraft(procedure: "p", formID: "f", formVersion: nil, language: "en", at: Date())
        try store.finalize(draftID: draft.id, submission: "<data>Hoa</data>", at: Date())
        #expect(try store.submission(draftID: draft.id) == "<data>Hoa</data>")
        try store.setStatus(.printed, draftID: draft.id, at: Date())
        #expect(try store.drafts().first?.status == .printed)
        #expect(try store.drafts().first?.code == draft.code)
    }

    @Test func aStatusNeverGoesBackwards() throws {
        let store = try open()
        let draft = try store.createDraft(procedure: "p", formID: "f", formVersion: nil, language: "vi", at: Date())
        try store.finalize(draftID: draft.id, submission: "<data>Lan</data>", at: Date())
        try store.queueUpload(draftID: draft.id, instanceID: "uuid:\(draft.id)", at: Date())
        // The upload is accepted while a slow print is still under way...
        try store.uploadAccepted(draftID: draft.id, at: Date())
        #expect(try store.drafts().first?.status == .uploaded)
        // ...and the print ends afterwards: the draft stays uploaded.
        try store.setStatus(.printed, draftID: draft.id, at: Date())
        #expect(try store.drafts().first?.status == .uploaded)
        try store.setStatus(.finalized, draftID: draft.id, at: Date())
        #expect(try store.drafts().first?.status == .uploaded)
        // Finalizing again cannot replace the submission the center already has.
        #expect(throws: StoreError.self) {
            try store.finalize(draftID: draft.id, submission: "<data>Other</data>", at: Date())
        }
        #expect(try store.submission(draftID: draft.id) == "<data>Lan</data>")
        // Forward still moves.
        try store.setStatus(.acknowledged, draftID: draft.id, at: Date())
        #expect(try store.drafts().first?.status == .acknowledged)
    }
}
