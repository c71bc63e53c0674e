import Foundation
import Testing

@testable import KioskQueue

@Suite("Queue: the HTTP API's bodies")
struct APITests {
    @Test func ticketRequestsTakeAFlagOrAGroup() throws {
        let decoder = JSONDecoder()
        func decode(_ json: String) throws -> TicketRequest {
            try decoder.decode(TicketRequest.self, from: Data(json.utf8))
        }
        #expect(try decode(#"{"service":"A","priority":false}"#) == TicketRequest(service: "A"))
        #expect(try decode(#"{"service":"A","priority":true}"#) == TicketRequest(service: "A", priority: .elderly))
        #expect(
            try decode(#"{"service":"B","priority":"pregnant","draftCode":"12345"}"#)
                == TicketRequest(service: "B", priority: .pregnant, draftCode: "12345"))
        #expect(try decode(#"{"service":"A"}"#) == TicketRequest(service: "A"))
        for bad in [#"{"priority":true}"#, #"{"service":"A","priority":"vip"}"#, #"{"service":1}"#, "[]", "{"] {
            #expect(throws: (any Error).self, "\(bad)") { try decode(bad) }
        }
    }

    @Test func ticketResponsesReadAsTheIssueSays() throws {
        let ticket = Ticket(
            number: TicketNumber(service: "A", value: 12), service: "A", priority: nil, issuedAt: QueueFixtures.morning,
            issuer: "center")
        let response = TicketResponse(
            TicketReceipt(ticket: ticket, ahead: 4, estimatedWait: 1199.6), issuedAt: "2026-11-22T08:00:00+07:00")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(response), as: UTF8.self)
        #expect(
            json
                == #"{"ahead":4,"estimatedWaitSeconds":1200,"issuedAt":"2026-11-22T08:00:00+07:00","number":"A012","service":"A"}"#
        )
    }
}
