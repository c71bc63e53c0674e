import ArgumentParser
import CenterServer
import Foundation
import KioskSync

/// `center bench`: submissions per second a center on SQLite accepts from concurrent clients over
/// loopback, as JSON lines (build with -c release for real numbers).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Submissions per second from concurrent clients, as JSON lines.")

    @Option(help: "Concurrent clients.") var clients = 20
    @Option(help: "Submissions in all.") var submissions = 2000

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("center-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try DataFolder(url: folder).openDatabase()
        var configuration = CenterConfiguration()
        configuration.port = 0
        configuration.deviceRate = nil  // the capacity is measured, not the limit
        let server = CenterServer(
            database: database, catalog: FormCatalog(folder: DataFolder(url: folder).formsURL),
            configuration: configuration)
        let running = try await server.start()
        let credential = DeviceCredential(
            baseURL: URL(string: "http://127.0.0.1:\(running.port)")!,
            token: try database.addDevice(name: "bench", at: Date()))
        let perClient = max(1, submissions / clients)
        let started = ContinuousClock.now
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for client in 0..<clients {
                group.addTask {
                    let openRosa = OpenRosaClient(credential: credential)
                    var accepted = 0
                    var other = 0
                    for index in 0..<perClient {
                        let xml = Data(
                            """
                            <data id="bench" version="1"><name>Nguyễn Văn \(index)</name><meta><instanceID>uuid:\(client)-\(index)-\(UUID().uuidString)</instanceID></meta></data>
                            """.utf8)
                        if case .accepted = await openRosa.submit(instanceXML: xml, draftCode: String(index)) {
                            accepted += 1
                        } else {
                            other += 1
                        }
                    }
                    return (accepted, other)
                }
            }
            var total = (0, 0)
            for await result in group { total = (total.0 + result.0, total.1 + result.1) }
            return total
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        await running.stop()
        let line: [String: Any] = [
            "bench": "center.submissions", "clients": clients, "accepted": results.0, "failed": results.1,
            "seconds": (seconds * 1000).rounded() / 1000, "per_second": (Double(results.0) / seconds).rounded(),
            "stored": try database.submissionCount(),
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self))
    }
}
