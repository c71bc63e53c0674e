import Foundation
import KioskStore
import KioskSync

/// `kiosk bench sync`: the cost of one durable answer commit (synchronous=FULL, WAL), and, given a
/// center, the terminal's upload throughput (drafts per second through the real uploader).
public struct SyncBench: Sendable {
    public var report = BenchReport()
    public var credential: DeviceCredential?
    public var drafts: Int

    public init(credential: DeviceCredential?, drafts: Int = 200) {
        self.credential = credential
        self.drafts = drafts
    }

    public func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sync-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try DraftStore(
            url: folder.appendingPathComponent("kiosk.sqlite"),
            key: SealingKey.loadOrCreate(at: folder.appendingPathComponent("sealing.key")))
        let now = Date()
        let draft = try store.createDraft(
            procedure: "bench", formID: "bench", formVersion: "1", language: "vi", at: now)
        var samples: [Double] = []
        for round in 0..<1000 {
            samples.append(
                try BenchReport.milliseconds {
                    try store.saveAnswer(
                        draftID: draft.id, path: "/data/q\(round % 40)", value: "Nguyễn \(round)", at: now)
                })
        }
        let (median, p99) = BenchReport.summary(samples)
        report.line("store.answer_commit", ["median_ms": median, "p99_ms": p99, "samples": Double(samples.count)])

        guard let credential else { return }
        for index in 0..<drafts {
            let draft = try store.createDraft(
                procedure: "bench", formID: "bench", formVersion: "1", language: "vi", at: now)
            let xml = """
                <data id="bench" version="1"><n>\(index)</n><meta><instanceID>uuid:\(draft.id)</instanceID></meta></data>
                """
            try store.finalize(draftID: draft.id, submission: xml, at: now)
        }
        let service = SyncService(credential: credential, store: store)
        var uploaded = 0
        let started = ContinuousClock.now
        while uploaded < drafts {
            let pass = await service.uploadNow()
            uploaded += pass.uploaded.count
            if pass.uploaded.isEmpty { break }
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        report.line(
            "sync.upload", ["drafts": Double(uploaded), "seconds": seconds, "per_second": Double(uploaded) / seconds],
            labels: ["center": credential.baseURL.absoluteString])
    }
}
