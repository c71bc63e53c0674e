import Foundation
import HTTPTypes
import Hummingbird
import KioskQueue
import NIOCore

extension CenterServer {
    /// The queue's endpoints. Terminals and display boards use their device token:
    /// `POST /api/queue/tickets`, `GET /api/queue/state`, `GET /api/queue/feed` (server-sent events,
    /// one `board` event per change), `POST /api/queue/blocks` and `POST /api/queue/handover` (a
    /// terminal's numbers for when the center cannot be reached, and the tickets it issued from them).
    /// Staff call at their counter through `/staff/counters/N`.
    func addQueueRoutes(to router: Router<CenterRequestContext>) {
        router.post("api/queue/tickets") { request, _ -> Response in
            guard let desk = queue else { return Self.json(.notFound, QueueMessage(error: "no queue at this center")) }
            guard (try? device(request)) != nil else { return Self.unauthorized() }
            guard let ticketRequest: TicketRequest = await decodeJSON(request) else {
                return Self.json(.badRequest, QueueMessage(error: "expected {\"service\":\"A\",\"priority\":false}"))
            }
            do throws(QueueDesk.Failure) {
                let receipt = try await desk.issue(
                    service: ticketRequest.service, priority: ticketRequest.priority,
                    draftCode: ticketRequest.draftCode.flatMap {
                        $0.allSatisfy(\.isNumber) ? String($0.prefix(16)) : nil
                    })
                let issuedAt = ISO8601DateFormatter().string(from: receipt.ticket.issuedAt)
                return Self.json(.created, TicketResponse(receipt, issuedAt: issuedAt))
            } catch {
                return Self.queueProblem(error)
            }
        }
        router.get("api/queue/state") { request, _ -> Response in
            guard let desk = queue else { return Self.json(.notFound, QueueMessage(error: "no queue at this center")) }
            guard (try? device(request)) != nil else { return Self.unauthorized() }
            let state = await desk.queue
            return Self.json(.ok, QueueState(services: state.services, board: state.board, day: state.day.description))
        }
        router.get("api/queue/feed") { request, _ -> Response in
            guard let desk = queue else { return Self.json(.notFound, QueueMessage(error: "no queue at this center")) }
            guard (try? device(request)) != nil else { return Self.unauthorized() }
            let boards = await desk.watch()
            let body = ResponseBody { writer in
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                for await board in boards {
                    var buffer = ByteBuffer(string: "event: board\ndata: ")
                    buffer.writeBytes(try encoder.encode(board))
                    buffer.writeString("\n\n")
                    try await writer.write(buffer)
                }
                try await writer.finish(nil)
            }
            return Response(
                status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
        }
        router.post("api/queue/blocks") { request, _ -> Response in
            guard let desk = queue else { return Self.json(.notFound, QueueMessage(error: "no queue at this center")) }
            guard let terminal = try? device(request) else { return Self.unauthorized() }
            guard let ask: BlockRequest = await decodeJSON(request), (1...500).contains(ask.size) else {
                return Self.json(.badRequest, QueueMessage(error: "expected {\"service\":\"A\",\"size\":1...500}"))
            }
            var block: NumberBlock?
            do throws(QueueDesk.Failure) {
                _ = try await desk.perform { queue, now throws(QueueError) in
                    block = try queue.reserveBlock(service: ask.service, size: ask.size, for: terminal.name, at: now)
                    return []
                }
            } catch {
                return Self.queueProblem(error)
            }
            guard let block else { return Self.json(.internalServerError, QueueMessage(error: "no block")) }
            return Self.json(.created, block)
        }
        router.post("api/queue/handover") { request, _ -> Response in
            guard let desk = queue else { return Self.json(.notFound, QueueMessage(error: "no queue at this center")) }
            guard let terminal = try? device(request) else { return Self.unauthorized() }
            guard let tickets: [Ticket] = await decodeJSON(request) else {
                return Self.json(.badRequest, QueueMessage(error: "expected a JSON array of tickets"))
            }
            var accepted = 0
            for ticket in tickets where ticket.issuer == terminal.name {
                do throws(QueueDesk.Failure) {
                    _ = try await desk.perform { queue, now throws(QueueError) in try queue.accept(ticket, at: now) }
                    accepted += 1
                } catch {
                    // A ticket handed over before is already in the line: a retried hand-over is fine.
                    if case .refused(.duplicateTicket) = error { continue }
                    return Self.queueProblem(error)
                }
            }
            return Self.json(.ok, HandoverResult(accepted: accepted))
        }
        addCounterRoutes(to: router)
    }

    /// A JSON body of at most 16 KB (dates in ISO 8601), nil when it is not one.
    func decodeJSON<Value: Decodable>(_ request: Request) async -> Value? {
        guard let body = try? await request.body.collect(upTo: 16 * 1024) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Value.self, from: Data(buffer: body))
    }

    static func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func unauthorized() -> Response {
        var response = json(.unauthorized, QueueMessage(error: "a device token is required"))
        response.headers[.wwwAuthenticate] = "Bearer realm=\"VillageKiosk center\""
        return response
    }

    static func queueProblem(_ failure: QueueDesk.Failure) -> Response {
        switch failure {
        case .refused(.unknownService), .refused(.unknownCounter):
            json(.notFound, QueueMessage(error: "\(failure)"))
        case .refused:
            json(.conflict, QueueMessage(error: "\(failure)"))
        case .notStored:
            json(.serviceUnavailable, QueueMessage(error: "\(failure)"))
        }
    }
}

struct QueueMessage: Codable {
    var error: String
}

struct BlockRequest: Codable {
    var service: String
    var size: Int
}

struct HandoverResult: Codable {
    var accepted: Int
}
