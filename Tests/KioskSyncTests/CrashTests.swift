import CenterServer
import Foundation
import KioskApp
import KioskStore
import Testing

@testable import KioskSync

/// SIGKILL the terminal at random points while it answers and uploads, 200 times, restarting it
/// each time: every answer it showed as accepted is still there, and the center ends with exactly
/// one copy of every finalized draft.
@Suite(.serialized) struct CrashTests {
    @Test func killedAtRandomTheTerminalLosesNothingAndTheCenterHoldsEachDraftOnce() async throws {
        let kiosk = kioskExecutable()
        try #require(FileManager.default.isExecutableFile(atPath: kiosk.path), "build with swift build --build-tests")
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let state = center.folder.appendingPathComponent("terminal")
        let folder = StateFolder(url: state)
        try folder.provisionSync(centerURL: center.baseURL.absoluteString, token: center.token)

        var accepted: [String: [String: String]] = [:]  // draft -> path -> value shown as accepted
        var finalized: Set<String> = []
        var generator = SystemRandomNumberGenerator()
        var killedRunning = 0
        for _ in 0..<200 {
            let worker = try RunningProcess(kiosk, ["sync", "exercise", "--state", state.path, "--drafts", "1000"])
            // Start-up takes some of this, so kills land in start-up, answering, finalizing and uploading.
            try await Task.sleep(for: .milliseconds(Int.random(in: 5...300, using: &generator)))
            if worker.process.isRunning { killedRunning += 1 }
            worker.kill()
            let (_, output) = await worker.wait()
            for line in output.split(separator: "\n") {
                let words = line.split(separator: " ", maxSplits: 3).map(String.init)
                if words.first == "answer", words.count == 4 { accepted[words[1], default: [:]][words[2]] = words[3] }
                if words.first == "final", words.count == 2 { finalized.insert(words[1]) }
            }
        }
        #expect(killedRunning > 150)
        #expect(!accepted.isEmpty && !finalized.isEmpty)

        let store = try folder.openStore()
        for (draftID, answers) in accepted {
            let stored = try store.answers(draftID: draftID)
            for (path, value) in answers {
                #expect(stored[path] == value, "answer \(path) of \(draftID) lost")
            }
        }
        // After the crashes, the uploader (restarted) finishes the outbox.
        let service = SyncService(credential: try #require(try folder.syncCredential()), store: store)
        for _ in 0..<20 where try store.outboxSummary().pending > 0 || store.queueFinalizedDrafts(at: Date()) > 0 {
            _ = await service.uploadNow()
        }
        let done = try store.drafts().filter { [.finalized, .printed, .uploaded].contains($0.status) }
        #expect(Set(done.map(\.id)).isSuperset(of: finalized))
        #expect(done.allSatisfy { $0.status == .uploaded })
        #expect(try center.database.submissionCount() == done.count)
        for draft in done {
            #expect(try center.database.instanceXML(instanceID: "uuid:\(draft.id)") != nil)
        }
    }
}
