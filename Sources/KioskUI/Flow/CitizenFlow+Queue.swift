import Foundation
import KioskQueue

/// Queue numbers at the end of a procedure: after the form is printed the citizen may say whether
/// they have priority (one question, pictures), then the app takes a ticket and the done screen
/// shows its number.
extension CitizenFlow {
    /// Whether the terminal gives queue numbers, and whether it asks for priority first.
    public struct QueueOptions: Sendable, Equatable {
        public var enabled: Bool
        public var asksPriority: Bool

        public init(enabled: Bool = false, asksPriority: Bool = true) {
            self.enabled = enabled
            self.asksPriority = asksPriority
        }
    }

    /// A queue number as the done screen shows it.
    public struct QueueNumber: Sendable, Equatable {
        /// "A001".
        public var number: TicketNumber
        /// The service's name in the citizen's language ("Hộ tịch").
        public var service: String
        /// People who will be called before; nil when the terminal cannot know (the center away).
        public var ahead: Int?

        public init(number: TicketNumber, service: String, ahead: Int?) {
            self.number = number
            self.service = service
            self.ahead = ahead
        }
    }

    /// Where the session's ticket stands.
    public enum TicketStatus: Sendable, Equatable {
        /// No queue, or not yet at the end.
        case none
        /// Asked for; the app reports with `ticketTaken` or `ticketUnavailable`.
        case taking
        case taken(QueueNumber)
        /// No number could be had (no center, no block left): the citizen is sent to the staff.
        case unavailable
    }

    /// The priority groups offered, in the order of their tiles (then "none").
    public static let priorityChoices: [PriorityGroup] = [.elderly, .disabled, .pregnant, .smallChild]

    /// The printer is done: with queue numbers, priority is asked, or the ticket is taken at once.
    mutating func afterPrinting() -> [Effect] {
        guard queue.enabled else {
            step = .done
            return []
        }
        if queue.asksPriority {
            step = .priority
            return []
        }
        return takeTicket(priority: nil)
    }

    /// The citizen answered the priority question (nil: no priority).
    mutating func takeTicket(priority: PriorityGroup?) -> [Effect] {
        step = .done
        ticket = .taking
        return [.takeTicket(priority: priority)]
    }

    /// The app took the ticket: the done screen shows its number and says it.
    public mutating func ticketTaken(_ number: QueueNumber) {
        guard ticket == .taking else { return }
        ticket = .taken(number)
    }

    /// The app could not take a ticket: the done screen sends the citizen to the staff.
    public mutating func ticketUnavailable() {
        guard ticket == .taking else { return }
        ticket = .unavailable
    }
}
