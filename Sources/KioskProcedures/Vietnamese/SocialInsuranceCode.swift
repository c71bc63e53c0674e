/// A social insurance code (mã số bảo hiểm xã hội, on the BHXH book and the health insurance card):
/// 10 digits. The code has no published check digit, so only the form is checked.
public struct SocialInsuranceCode: Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Error, Sendable, Equatable {
        case notDigits
        case wrongLength(Int)
    }

    /// The 10 digits.
    public let digits: String

    /// Accepts exactly 10 ASCII digits; spaces, as people copy them from the card, are removed first.
    public init(_ text: String) throws(Problem) {
        let compact = text.filter { $0 != " " }
        guard compact.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
            throw .notDigits
        }
        guard compact.unicodeScalars.count == 10 else { throw .wrongLength(compact.unicodeScalars.count) }
        digits = compact
    }

    public var description: String { digits }

    /// The same rule as an ODK constraint (the form stores the digits without spaces).
    public static let xpathConstraint = "regex(., '^[0-9]{10}$')"
}
