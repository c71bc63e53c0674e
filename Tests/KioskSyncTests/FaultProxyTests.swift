import CenterServer
import Foundation
import KioskApp
import KioskStore
import SeededRandom
import Synchronization
import Testing

@testable import KioskSync

/// Uploads through a proxy that injects refused connections, resets mid-body, timeouts, 500s,
/// captive-portal 200s and a slow link: every draft reaches the center exactly once.
@Suite(.serialized) struct FaultProxyTests {
    @Test func throughAFaultyLinkEveryDraftArrivesExactlyOnce() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        // Every fault the proxy knows once, then half the connections misbehave at random (seeded).
        let faults = FaultProxy.Fault.allCases
        let choices = Mutex((made: 0, random: SplitMix(seed: 29)))
        let proxy = try FaultProxy(backend: center.port) {
            choices.withLock { state in
                defer { state.made += 1 }
                if state.made < faults.count { return faults[state.made] }
                return Bool.random(using: &state.random) ? .pass : faults.randomElement(using: &state.random) ?? .pass
            }
        }
        defer { proxy.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faulty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try DraftStore(
            url: folder.appendingPathComponent("kiosk.sqlite"),
            key: SealingKey.loadOrCreate(at: folder.appendingPathComponent("sealing.key")))
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        var ids: [String] = []
        for _ in 0..<30 {
            let draft = try store.createDraft(
                procedure: "p", formID: "khai_sinh", formVersion: "1", language: "vi", at: clock.now)
            try store.finalize(
                draftID: draft.id, submission: String(decoding: instanceXML(id: "uuid:\(draft.id)"), as: UTF8.self),
                at: clock.now)
            ids.append(draft.id)
        }
        let credential = DeviceCredential(baseURL: URL(string: "http://127.0.0.1:\(proxy.port)")!, token: center.token)
        let uploader = Uploader(
            client: OpenRosaClient(credential: credential, timeout: 2), queue: StoreUploadQueue(store: store),
            clock: { clock.now }, generator: SplitMix(seed: 17))
        // Passes until nothing is left; the bound only stops a hang (a loaded machine times out more
        // of the good connections too, and needs more passes).
        var passes = 0
        while try store.outboxSummary().pending > 0 || store.queueFinalizedDrafts(at: clock.now) > 0, passes < 5000 {
            let pass = await uploader.runOnce()
            passes += 1
            // No waiting in the test: time jumps to when the uploader wanted to look again.
            clock.advance(to: pass.nextLook ?? clock.now.addingTimeInterval(1))
        }
        let summary = try store.outboxSummary()
        #expect(
            summary == OutboxSummary(pending: 0, parked: 0, uploaded: 30, nextAttemptAt: nil, lastError: nil),
            "after \(passes) passes")
        #expect(try center.database.submissionCount() == 30)
        for id in ids {
            #expect(try center.database.instanceXML(instanceID: "uuid:\(id)") == instanceXML(id: "uuid:\(id)"))
        }
        let tally = proxy.tally
        #expect(FaultProxy.Fault.allCases.allSatisfy { (tally[$0] ?? 0) > 0 }, "every fault was injected: \(tally)")
    }
}
