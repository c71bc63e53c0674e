import CenterServer
import Foundation
import KioskQueue

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real center with a queue, listening on loopback, its data folder in a temp dir; two
/// terminals with device tokens and a staff member.
final class QueueCenter: Sendable {
    static let setup = """
        {"services":[{"code":"A","names":{"vi":"Hộ tịch","en":"Civil status"},"first":1,"last":999},
                     {"code":"B","names":{"vi":"Đất đai","en":"Land"},"first":1,"last":999}],
         "counters":[{"number":1,"services":["A"],"isOpen":true},{"number":2,"services":["A","B"],"isOpen":true},
                     {"number":3,"services":["B"],"isOpen":true}]}
        """

    let folder: URL
    let tokens: [String]
    let running: RunningCenter
    /// Its own connections, as a terminal has: after a restart on the same port, a kept-alive
    /// connection to the center before would answer the first request with nothing.
    let session = URLSession(configuration: .ephemeral)

    var base: String { "http://127.0.0.1:\(running.port)" }

    init(folder: URL? = nil, tokens: [String]? = nil, port: Int = 0) async throws {
        let folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("queue-center-\(UUID())")
        self.folder = folder
        let data = DataFolder(url: folder)
        let database = try data.openDatabase()
        if let tokens {
            self.tokens = tokens
        } else {
            try Data(Self.setup.utf8).write(to: data.queueSetupURL)
            self.tokens = [
                try database.addDevice(name: "kiosk-1", at: Date()),
                try database.addDevice(name: "kiosk-2", at: Date()),
            ]
            try database.addStaff(user: "canbo", password: "mat-khau-dai", at: Date())
        }
        var configuration = CenterConfiguration()
        configuration.port = port
        let server = CenterServer(
            database: database, catalog: FormCatalog(folder: data.formsURL), configuration: configuration,
            queue: try data.openQueue(database: database))
        running = try await server.start()
    }

    /// The same center after a restart: the same folder and tokens, a new process state.
    func restarted() async throws -> QueueCenter {
        await running.stop()
        return try await QueueCenter(folder: folder, tokens: tokens, port: running.port)
    }

    func stop() async { await running.stop() }

    /// A request with a device token; returns the status and the body.
    func call(_ method: String, _ path: String, token: String?, json: String? = nil) async throws -> (
        status: Int, body: Data
    ) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await session.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    func ticket(_ service: String, token: Int = 0, priority: Bool = false) async throws -> TicketResponse {
        let (status, body) = try await call(
            "POST", "/api/queue/tickets", token: tokens[token],
            json: #"{"service":"\#(service)","priority":\#(priority)}"#)
        guard status == 201 else { throw CenterError(operation: "ticket", reason: "status \(status)") }
        return try JSONDecoder().decode(TicketResponse.self, from: body)
    }

    func state() async throws -> QueueState {
        let (_, body) = try await call("GET", "/api/queue/state", token: tokens[0])
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(QueueState.self, from: body)
    }
}
