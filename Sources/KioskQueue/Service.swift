/// A line of the queue: a letter prefix and its numbers ("A001" ... "A999"), reset every day.
public struct Service: Sendable, Codable, Equatable, Hashable {
    /// The prefix on tickets and the board: one capital letter ("A").
    public var code: String
    /// Its name per language, for the ticket and the board ("Hộ tịch", "Civil status").
    public var names: [String: String]
    /// The numbers of a day; the first is issued first.
    public var first: Int
    public var last: Int

    public init(code: String, names: [String: String], first: Int = 1, last: Int = 999) {
        self.code = code
        self.names = names
        self.first = first
        self.last = last
    }

    /// Its name in `language`, else in Vietnamese, else its code.
    public func name(in language: String) -> String {
        names[language] ?? names["vi"] ?? code
    }

    /// Digits printed: enough for the last number, at least three ("A012").
    var digits: Int { max(3, String(last).count) }
}
