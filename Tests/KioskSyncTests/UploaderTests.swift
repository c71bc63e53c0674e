import CenterServer
import Foundation
import KioskApp
import KioskStore
import SeededRandom
import Testing

@testable import KioskSync

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    // @unchecked: `now` is only touched under `lock`.
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) {
        current = start
    }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(to date: Date) {
        lock.lock()
        current = max(current, date)
        lock.unlock()
    }
}

/// The uploader with the terminal's real outbox (DraftStore in a temp dir) and a real center.
@Suite(.serialized) struct UploaderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("uploader-\(UUID().uuidString)")

    func store() throws -> DraftStore {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try DraftStore(
            url: folder.appendingPathComponent("kiosk.sqlite"),
            key: SealingKey.loadOrCreate(at: folder.appendingPathComponent("sealing.key")))
    }

    func finalize(_ store: DraftStore, at now: Date) throws -> Draft {
        let draft = try store.createDraft(
            procedure: "khai-sinh", formID: "khai_sinh", formVersion: "1", language: "vi", at: now)
        try store.finalize(
            draftID: draft.id, submission: String(decoding: instanceXML(id: "uuid:\(draft.id)"), as: UTF8.self), at: now
        )
        return draft
    }

    @Test func theCenterDownThenUpGetsEveryDraftOnceAfterBackingOff() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        let store = try store()
        let drafts = try (0..<3).map { _ in try finalize(store, at: clock.now) }

        // Learn a free port, then take the center away.
        let first = try await CenterFixture()
        let port = first.port
        let token = first.token
        let centerFolder = first.folder
        await first.stop()

        let credential = DeviceCredential(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: token)
        let uploader = Uploader(
            client: OpenRosaClient(credential: credential, timeout: 60), queue: StoreUploadQueue(store: store),
            policy: UploadPolicy(itemBackoff: Backoff(base: 5, cap: 600), queueBackoff: Backoff(base: 10, cap: 600)),
            clock: { clock.now }, generator: SplitMix(seed: 11))

        var pauses: [TimeInterval] = []
        for _ in 0..<3 {
            let pass = await uploader.runOnce()
            #expect(pass.uploaded.isEmpty)
            #expect(pass.skipped?.contains("connection refused") == true)
            let next = try #require(pass.nextLook)
            pauses.append(next.timeIntervalSince(clock.now))
            // Before the pause ends, the uploader does not even try.
            #expect(await uploader.runOnce().skipped?.hasPrefix("paused") == true)
            clock.advance(to: next)
        }
        #expect((5...10).contains(pauses[0]) && (10...20).contains(pauses[1]) && (20...40).contains(pauses[2]))
        #expect(try store.outboxSummary().pending == 3)

        let center = try await CenterFixture(folder: centerFolder, port: port, token: token)
        defer { Task { await center.stop() } }
        let pass = await uploader.runOnce()
        #expect(Set(pass.uploaded) == Set(drafts.map(\.code)))
        #expect(try center.database.submissionCount() == 3)
        #expect(
            try store.outboxSummary()
                == OutboxSummary(pending: 0, parked: 0, uploaded: 3, nextAttemptAt: nil, lastError: nil))
        #expect(try store.drafts().allSatisfy { $0.status == .uploaded })
        // Nothing left: the next pass sends nothing again.
        #expect(await uploader.runOnce().uploaded.isEmpty)
        #expect(try center.database.submissionCount() == 3)
    }

    @Test func aConflictIsParkedAndTheOthersGoOn() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        let store = try store()
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let clash = try finalize(store, at: clock.now)
        let fine = try finalize(store, at: clock.now + 1)
        // The center already holds another document under the first draft's instanceID.
        // (Sent again when its answer is lost, as a terminal would: the same XML again is a 201.)
        let other = OpenRosaClient(credential: center.credential)
        let document = instanceXML(id: "uuid:\(clash.id)", name: "Khác")
        var stored = await other.submit(instanceXML: document, draftCode: nil)
        if case .transport = stored { stored = await other.submit(instanceXML: document, draftCode: nil) }
        #expect(stored == .accepted(status: 201))
        clock.advance(to: clock.now + 2)
        let uploader = Uploader(
            client: OpenRosaClient(credential: center.credential), queue: StoreUploadQueue(store: store),
            clock: { clock.now }, generator: SplitMix(seed: 5))
        let pass = await uploader.runOnce()
        #expect(pass.parked == [clash.code] && pass.uploaded == [fine.code])
        let parked = try store.outbox()
        #expect(parked.count == 1 && parked[0].lastError?.hasPrefix("conflict 409") == true)
    }

    /// A refusal may be a body cut on the way: a draft refused once goes again and arrives when the
    /// center takes it; refused the same way twice in a row, it is parked for a technician.
    @Test func aDraftRefusedOnceGoesAgainAndTheSameRefusalTwiceParksIt() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        let store = try store()
        let draft = try finalize(store, at: clock.now)
        let size = instanceXML(id: "uuid:\(draft.id)").count
        // A center that takes nothing this large: 413.
        let strict = try await CenterFixture(maxSubmissionBytes: size / 2)
        let uploader = Uploader(
            client: OpenRosaClient(credential: strict.credential), queue: StoreUploadQueue(store: store),
            clock: { clock.now }, generator: SplitMix(seed: 23))
        let first = await uploader.runOnce()
        #expect(first.retried == [draft.code] && first.parked.isEmpty)
        #expect(try store.outbox().first?.lastError?.hasPrefix("refused 413") == true)

        // The same refusal again: the draft is parked.
        clock.advance(to: try #require(first.nextLook))
        #expect(await uploader.runOnce().parked == [draft.code])

        // A second draft refused once, then the center restarted with room for it: it arrives, once.
        let other = try finalize(store, at: clock.now)
        let refused = await uploader.runOnce()
        #expect(refused.retried == [other.code])
        await strict.stop()
        let open = try await CenterFixture(folder: strict.folder, port: strict.port, token: strict.token)
        defer { Task { await open.stop() } }
        clock.advance(to: try #require(refused.nextLook))
        #expect(await uploader.runOnce().uploaded == [other.code])
        #expect(try open.database.submissionCount() == 1)
    }

    @Test func theTerminalReadsTheStatusStaffGave() async throws {
        let store = try store()
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let draft = try finalize(store, at: Date())
        let service = SyncService(credential: center.credential, store: store)
        #expect(try await service.centerStatus(code: draft.code) == nil)
        #expect(await service.uploadNow().uploaded == [draft.code])
        let held = try #require(try center.database.submission(code: draft.code))
        try center.database.setState(.ready, reason: nil, instanceID: held.instanceID, at: Date())
        #expect(try await service.centerStatus(code: draft.code) == CenterStatus(state: "ready"))
        #expect(try store.draft(code: draft.code)?.status == .acknowledged)
    }

    @Test func theBackgroundLoopUploadsWhenWoken() async throws {
        let store = try store()
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let service = SyncService(credential: center.credential, store: store)
        service.start()
        defer { service.stop() }
        let draft = try finalize(store, at: Date())
        service.wake()
        // Wait (bounded) for the loop, without blocking a thread.
        for _ in 0..<100 where try center.database.submission(code: draft.code) == nil {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(try center.database.submission(code: draft.code) != nil)
    }
}
