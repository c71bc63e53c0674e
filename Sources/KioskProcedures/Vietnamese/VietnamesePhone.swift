/// A Vietnamese telephone number, in the national form the forms store: a mobile number of 10 digits
/// starting 03, 05, 07, 08 or 09, or a landline of 11 digits starting 02 (the area code of
/// 2017 and after, e.g. 0214 for Lào Cai, then the subscriber number).
public struct VietnamesePhone: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case mobile
        case landline
    }

    public enum Problem: Error, Sendable, Equatable {
        case empty
        /// A character that is not a digit, a space, a dot, a dash, parentheses or a leading "+".
        case invalidCharacter(Character)
        /// Neither 03/05/07/08/09 (mobile) nor 02 (landline) after the leading 0, or no leading 0.
        case unknownPrefix
        /// The right prefix but the wrong number of digits; the count found (national form).
        case wrongLength(Int)
    }

    /// The national form, digits only: "0912345678", "02143812345".
    public let digits: String
    public let kind: Kind

    /// Reads a number as people write it: "0912 345 678", "091.234.5678", "(0214) 381 2345",
    /// "+84 912 345 678", "0084912345678". The international prefix +84 / 0084 becomes the leading 0.
    public init(_ text: String) throws(Problem) {
        var digits = ""
        var plus = false
        for character in text {
            switch character {
            case "0"..."9": digits.append(character)
            case " ", ".", "-", "(", ")": continue
            case "+" where digits.isEmpty && !plus: plus = true
            default: throw .invalidCharacter(character)
            }
        }
        guard !digits.isEmpty else { throw .empty }
        if plus {
            guard digits.hasPrefix("84") else { throw .unknownPrefix }
            digits = "0" + digits.dropFirst(2)
        } else if digits.hasPrefix("0084") {
            digits = "0" + digits.dropFirst(4)
        }
        let scalars = Array(digits.unicodeScalars)
        guard scalars.count >= 2, scalars[0] == "0" else { throw .unknownPrefix }
        switch scalars[1] {
        case "3", "5", "7", "8", "9":
            guard scalars.count == 10 else { throw .wrongLength(scalars.count) }
            kind = .mobile
        case "2":
            guard scalars.count == 11 else { throw .wrongLength(scalars.count) }
            kind = .landline
        default:
            throw .unknownPrefix
        }
        self.digits = digits
    }

    public var description: String { digits }

    /// The rule as an ODK constraint on the stored national form.
    public static let xpathConstraint = "regex(., '^(0[35789][0-9]{8}|02[0-9]{9})$')"
}
