/// A ticket's number in its service's line: "A012".
public struct TicketNumber: Sendable, Codable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var service: String
    public var value: Int
    /// Zero-padded width of `value`.
    public var digits: Int

    public init(service: String, value: Int, digits: Int = 3) {
        self.service = service
        self.value = value
        self.digits = digits
    }

    /// "A012".
    public var description: String {
        let text = String(value)
        return service + String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The characters one by one, as they are called out: ["A", "0", "1", "2"].
    public var spelled: [String] { description.map(String.init) }

    /// Reads "A012" back (a ticket's QR code, a staff member typing it); nil when it is not one.
    public init?(parsing text: String) {
        let letters = text.prefix { $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard letters.count == 1, letters.allSatisfy({ $0.isASCII && $0.isUppercase }),
            !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int(digits)
        else { return nil }
        self.init(service: String(letters), value: value, digits: digits.count)
    }

    public static func < (lhs: TicketNumber, rhs: TicketNumber) -> Bool {
        (lhs.service, lhs.value) < (rhs.service, rhs.value)
    }
}
