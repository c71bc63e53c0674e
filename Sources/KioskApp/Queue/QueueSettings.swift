import Foundation
import KioskQueue

/// Where the terminal's queue numbers come from (the `queue` key of config.json).
public struct QueueSettings: Codable, Sendable, Equatable {
    public enum Mode: String, Codable, Sendable {
        /// No numbers: the done screen says where to go, as before.
        case none
        /// A service center: the center owns the queue; the terminal asks it for tickets and, when it
        /// cannot reach it, issues from a block of numbers the center reserved for it.
        case center
        /// A village house: the terminal owns the queue; staff call numbers with `kiosk queue`.
        case village
    }

    public var mode = Mode.none
    /// The lines of a village house (center mode takes the center's).
    public var services = [
        Service(code: "A", names: ["vi": "Hộ tịch", "en": "Civil status"]),
        Service(code: "B", names: ["vi": "Đất đai", "en": "Land"]),
    ]
    /// The desks of a village house that call numbers.
    public var counters = [Counter(number: 1, services: ["A", "B"])]
    /// How priority tickets are mixed into the line in village mode: a priority ticket after this
    /// many others (0: every priority ticket first).
    public var priorityEvery = 3
    /// How many numbers a terminal asks the center to set aside for when it cannot reach it.
    public var blockSize = 20
    /// Ask the citizen whether they have priority (elderly, disability, ...) before the ticket.
    public var askPriority = true
    /// Seconds east of UTC where the terminal stands: numbering starts again at its midnight.
    public var utcOffset = 7 * 3600

    public init() {}

    public init(from decoder: Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mode = try c.decodeIfPresent(Mode.self, forKey: .mode) ?? mode
        services = try c.decodeIfPresent([Service].self, forKey: .services) ?? services
        counters = try c.decodeIfPresent([Counter].self, forKey: .counters) ?? counters
        priorityEvery = try c.decodeIfPresent(Int.self, forKey: .priorityEvery) ?? priorityEvery
        blockSize = try c.decodeIfPresent(Int.self, forKey: .blockSize) ?? blockSize
        askPriority = try c.decodeIfPresent(Bool.self, forKey: .askPriority) ?? askPriority
        utcOffset = try c.decodeIfPresent(Int.self, forKey: .utcOffset) ?? utcOffset
    }

    /// The policy of a village house's queue.
    public var policy: PriorityPolicy { priorityEvery > 0 ? .oneEvery(priorityEvery) : .strict }

    /// The service a procedure's citizens wait in: its own, else the first of the queue.
    public func service(for procedureService: String?) -> String? {
        if let procedureService { return procedureService }
        return services.first?.code
    }
}
