import Foundation
import KioskQueue

/// The queue of a service center, as its staff set it up in `queue.json` of the data folder:
/// `{"services":[{"code":"A","names":{"vi":"Hộ tịch"}}], "counters":[{"number":1,"services":["A"]}],
/// "policy":{"oneEvery":{"_0":3}}}` (or `"policy":{"strict":{}}`).
public struct QueueSetup: Sendable, Codable, Equatable {
    public var services: [Service]
    public var counters: [Counter]
    public var policy: PriorityPolicy?

    public init(services: [Service], counters: [Counter], policy: PriorityPolicy? = nil) {
        self.services = services
        self.counters = counters
        self.policy = policy
    }

    /// Reads and checks a setup: letters for codes, numbers in range, counters serving known services.
    public static func load(_ data: Data) throws(CenterError) -> QueueSetup {
        let setup: QueueSetup
        do {
            setup = try JSONDecoder().decode(QueueSetup.self, from: data)
        } catch {
            throw CenterError(operation: "read queue.json", reason: "\(error)")
        }
        let codes = Set(setup.services.map(\.code))
        for service in setup.services {
            guard service.code.count == 1, service.code.allSatisfy({ $0.isASCII && $0.isUppercase }),
                service.first >= 1, service.last >= service.first, service.last <= 999_999
            else { throw CenterError(operation: "read queue.json", reason: "service \(service.code) is not valid") }
        }
        guard codes.count == setup.services.count, !codes.isEmpty else {
            throw CenterError(operation: "read queue.json", reason: "services must be given once each")
        }
        for counter in setup.counters where !Set(counter.services).isSubset(of: codes) || counter.number < 1 {
            throw CenterError(operation: "read queue.json", reason: "counter \(counter.number) is not valid")
        }
        return setup
    }

    /// Today's queue: the one stored when it is of today and of this setup, else a new one (the
    /// stored queue keeps its numbering; counters and services follow the setup).
    public func queue(stored: TicketQueue?, now: Date) -> TicketQueue {
        if let stored, stored.services == services, stored.counters.map(\.number) == counters.map(\.number).sorted() {
            return stored
        }
        return TicketQueue(services: services, counters: counters, policy: policy ?? .oneEvery(3), now: now)
    }
}
