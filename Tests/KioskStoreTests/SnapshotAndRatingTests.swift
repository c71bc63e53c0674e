import Foundation
import KioskStore
import Testing

/// "Continue later" snapshots and satisfaction ratings in a real SQLite file.
@Suite struct SnapshotAndRatingTests {
    func store() throws -> (DraftStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let key = try SealingKey.loadOrCreate(at: folder.appendingPathComponent("key"))
        let url = folder.appendingPathComponent("kiosk.sqlite")
        return (try DraftStore(url: url, key: key), url)
    }

    @Test func aSnapshotIsSealedFoundByCodeAndReplaced() throws {
        let (store, url) = try store()
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let draft = try store.createDraft(
            procedure: "birth-3in1", formID: "birth-3in1", formVersion: "1", language: "vi", at: now)
        #expect(try store.savedDraft(code: draft.code) == nil, "not saved for later yet")
        let secret = #"{"name":"Giàng Thị Mai"}"#
        try store.saveSnapshot(draftID: draft.id, snapshot: Data(secret.utf8), at: now)
        try store.saveSnapshot(draftID: draft.id, snapshot: Data((secret + " ").utf8), at: now + 1)
        let found = try #require(try store.savedDraft(code: draft.code))
        #expect(found.draft.id == draft.id)
        #expect(String(decoding: found.snapshot, as: UTF8.self) == secret + " ")
        #expect(try store.savedDraft(code: "00000000") == nil)
        let bytes =
            try Data(contentsOf: url) + ((try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal"))) ?? Data())
        #expect(bytes.range(of: Data("Giàng".utf8)) == nil, "the name is not on disk in clear")
        // Finalized drafts are not resumed.
        try store.finalize(draftID: draft.id, submission: "<data/>", at: now)
        #expect(try store.savedDraft(code: draft.code) == nil)
        try store.deleteDraft(id: draft.id)
        #expect(try store.drafts().isEmpty)
    }

    @Test func ratingsKeepNoPersonalData() throws {
        let (store, _) = try store()
        try store.saveRating(Rating(score: 5, procedure: "birth-3in1", language: "vi", day: "2026-11-22"))
        try store.saveRating(Rating(score: 2, procedure: nil, language: "en", day: "2026-11-23"))
        #expect(
            try store.ratings() == [
                Rating(score: 5, procedure: "birth-3in1", language: "vi", day: "2026-11-22"),
                Rating(score: 2, procedure: nil, language: "en", day: "2026-11-23"),
            ])
    }
}
