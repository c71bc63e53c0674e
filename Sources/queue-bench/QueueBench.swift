import CenterServer
import Foundation
import KioskApp
import KioskQueue
import KioskSync

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The queue's figures as JSON lines (build with -c release for real numbers): tickets per second a
/// center issues to concurrent clients over loopback; from a counter's "Next" to the display
/// board's update through the feed; and to the start of the spoken call (its sound made).
@main
struct QueueBench {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        let clients = Int(arguments.first ?? "") ?? 20
        let tickets = Int(arguments.dropFirst().first ?? "") ?? 2000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("queue-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = DataFolder(url: folder)
        let database = try data.openDatabase()
        let setup = QueueSetup(
            services: [Service(code: "A", names: ["vi": "Hộ tịch"], last: 999_999)],
            counters: [1, 2, 3].map { Counter(number: $0, services: ["A"]) })
        try JSONEncoder().encode(setup).write(to: data.queueSetupURL)
        try database.addStaff(user: "bench", password: "bench-password", at: Date())
        var configuration = CenterConfiguration()
        configuration.port = 0
        configuration.deviceRate = nil  // the capacity is measured, not the limit
        let server = CenterServer(
            database: database, catalog: FormCatalog(folder: data.formsURL), configuration: configuration,
            queue: try data.openQueue(database: database))
        let running = try await server.start()
        let base = URL(string: "http://127.0.0.1:\(running.port)")!
        let credential = DeviceCredential(baseURL: base, token: try database.addDevice(name: "bench", at: Date()))

        // Tickets per second from concurrent clients.
        let perClient = max(1, tickets / clients)
        let started = ContinuousClock.now
        let issued = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<clients {
                group.addTask {
                    let client = QueueClient(credential: credential)
                    var count = 0
                    for _ in 0..<perClient where (try? await client.ticket(TicketRequest(service: "A"))) != nil {
                        count += 1
                    }
                    return count
                }
            }
            var total = 0
            for await count in group { total += count }
            return total
        }
        let seconds = (ContinuousClock.now - started).seconds
        print(
            #"{"bench":"queue.tickets","clients":\#(clients),"tickets":\#(issued),"seconds":\#(rounded(seconds)),"perSecond":\#(rounded(Double(issued) / seconds))}"#
        )

        // A counter's Next -> the board through the feed -> the call's sound ready to play.
        let staff = URLSession(configuration: .ephemeral)
        var login = URLRequest(url: base.appendingPathComponent("staff/login"))
        login.httpMethod = "POST"
        login.httpBody = Data("user=bench&password=bench-password&next=/staff".utf8)
        let (_, response) = try await staff.data(for: login)
        let cookie =
            (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie")?
            .split(separator: ";").first.map(String.init) ?? ""
        var boards = QueueFeed(credential: credential).boards().makeAsyncIterator()
        _ = await boards.next()
        let voice = CallVoice(voices: folder)
        var toBoard: [Double] = []
        var toCall: [Double] = []
        for round in 0..<30 {
            var next = URLRequest(url: base.appendingPathComponent("staff/counters/\(round % 3 + 1)/next"))
            next.httpMethod = "POST"
            next.setValue(cookie, forHTTPHeaderField: "Cookie")
            let pressed = ContinuousClock.now
            _ = try await staff.data(for: next)
            var board = await boards.next()
            while let shown = board,
                shown.lastCalls.first?.counter != round % 3 + 1 || shown.lastCalls.count < min(round + 1, 6)
            {
                board = await boards.next()
            }
            toBoard.append((ContinuousClock.now - pressed).seconds * 1000)
            if let call = board?.lastCalls.first { _ = try voice.sound(for: call, language: "vi") }
            toCall.append((ContinuousClock.now - pressed).seconds * 1000)
        }
        print(
            #"{"bench":"queue.next-to-board","unit":"ms","median":\#(rounded(median(toBoard))),"p90":\#(rounded(percentile(toBoard, 0.9)))}"#
        )
        print(
            #"{"bench":"queue.next-to-call","unit":"ms","median":\#(rounded(median(toCall))),"p90":\#(rounded(percentile(toCall, 0.9)))}"#
        )
        await running.stop()
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
