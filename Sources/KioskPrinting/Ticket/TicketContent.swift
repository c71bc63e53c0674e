import Foundation

/// What a queue ticket says: the number called at the counter, the service, when it was taken,
/// how many are waiting before, and the draft code when the citizen filled a form first.
public struct TicketContent: Sendable, Equatable {
    /// The number as called, e.g. "A012".
    public var number: String
    /// The service the number is for, in Vietnamese as the office names it.
    public var service: String
    public var issuedAt: Date
    /// People waiting before this ticket when it was taken; nil when the terminal cannot know (a
    /// number from its own block while the center is away), and the line is left out.
    public var peopleAhead: Int?
    /// The commune (service center) printed at the top.
    public var commune: String
    /// The code of the draft application filled at the terminal; printed with its QR code.
    public var draftCode: String?
    /// The language of the small texts ("Số người đang chờ trước bạn"): "vi" or "en"; others fall
    /// back to Vietnamese, which the staff read too.
    public var language: String

    public init(
        number: String, service: String, issuedAt: Date, peopleAhead: Int?, commune: String,
        draftCode: String? = nil, language: String = "vi"
    ) {
        self.number = number
        self.service = service
        self.issuedAt = issuedAt
        self.peopleAhead = peopleAhead
        self.commune = commune
        self.draftCode = draftCode
        self.language = language
    }
}
