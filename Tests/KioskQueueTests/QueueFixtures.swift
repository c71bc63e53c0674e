import Foundation

@testable import KioskQueue

enum QueueFixtures {
    /// 22 November 2026, 08:00 in Viet Nam.
    static let morning = Date(timeIntervalSince1970: 1_795_309_200)

    static let services = [
        Service(code: "A", names: ["vi": "Hộ tịch", "en": "Civil status"]),
        Service(code: "B", names: ["vi": "Đất đai", "en": "Land"]),
        Service(code: "C", names: ["vi": "Bảo hiểm", "en": "Insurance"], first: 1, last: 20),
    ]

    static func queue(policy: PriorityPolicy = .oneEvery(2), counters: [Counter]? = nil) -> TicketQueue {
        TicketQueue(
            services: services,
            counters: counters ?? [
                Counter(number: 1, services: ["A"]), Counter(number: 2, services: ["A", "B"]),
                Counter(number: 3, services: ["B", "C"]),
            ], policy: policy, now: morning)
    }

    static func minutes(_ count: Double) -> Date { morning.addingTimeInterval(count * 60) }

    /// The tickets printed by a list of actions.
    static func printed(_ actions: [TicketQueue.Action]) -> [Ticket] {
        actions.compactMap { if case .print(let ticket, _, _) = $0 { ticket } else { nil } }
    }

    static func calls(_ actions: [TicketQueue.Action]) -> [Call] {
        actions.compactMap { if case .announce(let call) = $0 { call } else { nil } }
    }
}
