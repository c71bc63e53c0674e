/// Digits typed on the numeric pad, and how they are shown.
///
/// How a form asks for a number (appearance tokens, several may be given):
/// - an int: up to 9 digits (JavaRosa ints are 32-bit), no grouping ("1985");
/// - a decimal: a decimal key too, one separator, shown "," in Vietnamese and "." in English,
///   stored with "." as XForms wants;
/// - a string with "numbers" (as in ODK Collect): digits kept as typed, leading zeros too;
/// - "id-number": the 12-digit personal identification number, shown as on the card in groups of
///   three ("001 234 567 890"), at most 12 digits; "phone": "0912 345 678", at most 11;
/// - "group-3-2-4" (any sizes): the digits shown in those groups, at most their sum.
/// Grouping is for the eye only: the stored value has no spaces.
public struct NumericEntry: Sendable, Equatable {
    public struct Format: Sendable, Equatable {
        public var maximumLength: Int
        public var allowsDecimal: Bool
        /// Sizes of the groups shown, from the left; digits past them join the last group.
        public var groups: [Int]

        public init(maximumLength: Int, allowsDecimal: Bool = false, groups: [Int] = []) {
            self.maximumLength = maximumLength
            self.allowsDecimal = allowsDecimal
            self.groups = groups
        }

        public static let integer = Format(maximumLength: 9)
        public static let decimal = Format(maximumLength: 15, allowsDecimal: true)
        public static let digits = Format(maximumLength: 20)
        public static let idNumber = Format(maximumLength: 12, groups: [3, 3, 3, 3])
        public static let phone = Format(maximumLength: 11, groups: [4, 3, 3])

        /// The format an appearance (space-separated tokens) asks for, or nil when it asks none.
        public static func named(in appearance: String?) -> Format? {
            let tokens = appearance?.split(separator: " ").map(String.init) ?? []
            if tokens.contains("id-number") { return .idNumber }
            if tokens.contains("phone") { return .phone }
            for token in tokens where token.hasPrefix("group-") {
                let sizes = token.dropFirst(6).split(separator: "-").compactMap { Int($0) }.filter { $0 > 0 }
                if !sizes.isEmpty { return Format(maximumLength: sizes.reduce(0, +), groups: sizes) }
            }
            return nil
        }
    }

    /// Digits and at most one ".", as stored.
    public private(set) var text: String
    public let format: Format

    public init(_ text: String = "", format: Format) {
        self.format = format
        self.text = String(
            text.filter { $0.isASCII && ($0.isNumber || (format.allowsDecimal && $0 == ".")) }
                .prefix(format.maximumLength))
    }

    /// A digit, or "." where decimals are allowed (once; "0." when it comes first). Returns false
    /// when the key is refused.
    @discardableResult
    public mutating func type(_ key: Character) -> Bool {
        guard text.count < format.maximumLength else { return false }
        if key == "." {
            guard format.allowsDecimal, !text.contains(".") else { return false }
            text += text.isEmpty ? "0." : "."
            return true
        }
        guard key.isASCII, key.isNumber else { return false }
        text.append(key)
        return true
    }

    public mutating func backspace() {
        if !text.isEmpty { text.removeLast() }
    }

    /// The digits as the citizen sees them: grouped, with the language's decimal separator.
    public func display(language: String) -> String {
        guard !format.groups.isEmpty else { return language == "en" ? text : text.replacing(".", with: ",") }
        var groups: [Substring] = []
        var rest = Substring(text)
        for (index, size) in format.groups.enumerated() where !rest.isEmpty {
            let take = index == format.groups.count - 1 ? rest.count : size
            groups.append(rest.prefix(take))
            rest = rest.dropFirst(take)
        }
        return groups.joined(separator: " ")
    }
}
