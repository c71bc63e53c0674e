import Foundation
import KioskQueue

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The terminal's and the display board's side of the center's queue (`/api/queue/...`), with
/// the device's credential.
public struct QueueClient: Sendable {
    public var credential: DeviceCredential
    let session: URLSession

    public init(credential: DeviceCredential, timeout: TimeInterval = 10) {
        self.credential = credential
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Nothing answered (no network, center down): a terminal issues from its block.
        case unreachable(String)
        /// The center answered with a refusal.
        case refused(status: Int, message: String)

        public var description: String {
            switch self {
            case .unreachable(let reason): "the center cannot be reached: \(reason)"
            case .refused(let status, let message): "the center refused (\(status)): \(message)"
            }
        }
    }

    /// Asks the center for a ticket.
    public func ticket(_ request: TicketRequest) async throws(Failure) -> TicketResponse {
        try await call("POST", "api/queue/tickets", body: request, expecting: 201)
    }

    /// The board and services now.
    public func state() async throws(Failure) -> QueueState {
        try await call("GET", "api/queue/state", body: String?.none, expecting: 200)
    }

    /// Numbers set aside for this terminal today.
    public func reserveBlock(service: String, size: Int) async throws(Failure) -> NumberBlock {
        struct Ask: Encodable {
            var service: String
            var size: Int
        }
        return try await call("POST", "api/queue/blocks", body: Ask(service: service, size: size), expecting: 201)
    }

    /// Hands over tickets issued from this terminal's block; returns how many the center took
    /// (a ticket it already has counts as taken before, so a retry is harmless).
    public func handOver(_ tickets: [Ticket]) async throws(Failure) -> Int {
        struct Taken: Decodable { var accepted: Int }
        let taken: Taken = try await call("POST", "api/queue/handover", body: tickets, expecting: 200)
        return taken.accepted
    }

    func call<Body: Encodable, Answer: Decodable>(_ method: String, _ path: String, body: Body?, expecting: Int)
        async throws(Failure) -> Answer
    {
        var request = URLRequest(url: credential.baseURL.appendingPathComponent(path))
        request.httpMethod = method
        request.setValue(credential.authorization, forHTTPHeaderField: "Authorization")
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        if let body {
            request.httpBody = try? encoder.encode(body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let data: Data
        let status: Int
        do {
            let (received, response) = try await session.data(for: request)
            data = received
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
        } catch let error as URLError {
            throw .unreachable(OpenRosaClient.describe(error))
        } catch {
            throw .unreachable("\(type(of: error))")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard status == expecting else {
            let message = (try? decoder.decode(ErrorMessage.self, from: data))?.error ?? "HTTP \(status)"
            throw .refused(status: status, message: message)
        }
        do {
            return try decoder.decode(Answer.self, from: data)
        } catch {
            throw .refused(status: status, message: "an answer that is not the queue's: \(error)")
        }
    }
}

/// The body of the center's refusals: `{"error":"..."}`.
struct ErrorMessage: Decodable {
    var error: String
}
