/// `POST /api/queue/tickets` body: `{"service":"A","priority":false}`; `priority` may also name
/// the group ("elderly", "disabled", "pregnant", "smallChild"); `true` counts as elderly.
public struct TicketRequest: Sendable, Codable, Equatable {
    public var service: String
    public var priority: PriorityGroup?
    public var draftCode: String?

    public init(service: String, priority: PriorityGroup? = nil, draftCode: String? = nil) {
        self.service = service
        self.priority = priority
        self.draftCode = draftCode
    }

    enum CodingKeys: String, CodingKey { case service, priority, draftCode }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        service = try container.decode(String.self, forKey: .service)
        draftCode = try container.decodeIfPresent(String.self, forKey: .draftCode)
        if let flag = try? container.decodeIfPresent(Bool.self, forKey: .priority) {
            priority = flag ? .elderly : nil
        } else {
            priority = try container.decodeIfPresent(PriorityGroup.self, forKey: .priority)
        }
    }
}

/// The answer to a ticket request: `{"number":"A012","ahead":4,...}`.
public struct TicketResponse: Sendable, Codable, Equatable {
    public var number: String
    public var service: String
    public var ahead: Int
    /// Seconds, when the counters have served someone of the service today.
    public var estimatedWaitSeconds: Int?
    public var issuedAt: String
    public var priority: PriorityGroup?

    public init(_ receipt: TicketReceipt, issuedAt: String) {
        number = receipt.ticket.number.description
        service = receipt.ticket.service
        ahead = receipt.ahead
        estimatedWaitSeconds = receipt.estimatedWait.map { Int($0.rounded()) }
        self.issuedAt = issuedAt
        priority = receipt.ticket.priority
    }
}

/// `GET /api/queue/state`: the services, the board and the day (YYYY-MM-DD).
public struct QueueState: Sendable, Codable, Equatable {
    public var services: [Service]
    public var board: Board
    public var day: String

    public init(services: [Service], board: Board, day: String) {
        self.services = services
        self.board = board
        self.day = day
    }
}
