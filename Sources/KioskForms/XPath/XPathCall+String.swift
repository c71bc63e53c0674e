import Foundation

/// String functions count and cut characters as Swift does (extended grapheme clusters): a Vietnamese
/// "ế" is one character whether typed precomposed (NFC) or as e + two marks (NFD), and the two forms
/// compare equal, as they do with `=`.
extension XPathCall {
    /// The longest string `uuid(n)` makes; a form never needs more, a hostile one must not get more.
    static var maximumRandomLength: Int { 4096 }

    /// string, concat, join, substr, substring, substring-before/after, translate, string-length,
    /// normalize-space, contains, starts-with, ends-with, uuid, pulldata.
    func stringFunction() throws(XPathError) -> Value? {
        switch name {
        case "string":
            return .string(count == 0 ? contextValue : try string(0))
        case "concat":
            return .string(try flattenedStrings(from: 0).joined())
        case "join":
            return .string(try flattenedStrings(from: 1).joined(separator: try string(0)))
        case "substr":
            return .string(try substr())
        case "substring":
            return .string(try substring())
        case "substring-before", "substring-after":
            let text = try string(0)
            let needle = try string(1)
            if needle.isEmpty { return .string(name == "substring-after" ? text : "") }
            guard let range = text.range(of: needle) else { return .string("") }
            return .string(String(name == "substring-before" ? text[..<range.lowerBound] : text[range.upperBound...]))
        case "translate":
            return .string(try translate(try string(0), from: Array(try string(1)), to: Array(try string(2))))
        case "string-length":
            return .number(Double((count == 0 ? contextValue : try string(0)).count))
        case "normalize-space":
            let text = count == 0 ? contextValue : try string(0)
            let words = text.components(separatedBy: XPathNumberFormat.xpathWhitespace).filter { !$0.isEmpty }
            return .string(words.joined(separator: " "))
        case "contains":
            let needle = try string(1)
            let text = try string(0)
            return .boolean(needle.isEmpty || text.range(of: needle) != nil)
        case "starts-with":
            let text = try string(0)
            return .boolean(text.hasPrefix(try string(1)))
        case "ends-with":
            let text = try string(0)
            return .boolean(text.hasSuffix(try string(1)))
        case "uuid":
            return .string(count == 0 ? uuid() : try randomString())
        case "pulldata":
            return .string(try pulldata())
        default:
            return nil
        }
    }

    /// ODK substr: 0-based start, end exclusive, negative positions count from the end.
    private func substr() throws(XPathError) -> String {
        let characters = Array(try string(0))
        let length = characters.count
        func position(_ raw: Double) -> Int {
            guard !raw.isNaN else { return 0 }
            let clamped = Swift.min(Swift.max(raw.rounded(.towardZero), -Double(length)), Double(length))
            let index = Int(clamped)
            return index < 0 ? length + index : index
        }
        let start = position(try number(1))
        let end = count == 3 ? position(try number(2)) : length
        return start < end ? String(characters[start..<end]) : ""
    }

    /// XPath 1.0 substring: 1-based, rounded positions; the NaN and infinity cases fall out of the
    /// floating-point comparisons as the spec's examples require.
    private func substring() throws(XPathError) -> String {
        let characters = Array(try string(0))
        let start = Self.round(try number(1))
        let end = count == 3 ? start + Self.round(try number(2)) : .infinity
        var result = ""
        for (offset, character) in characters.enumerated() {
            let position = Double(offset + 1)
            if position >= start && position < end { result.append(character) }
        }
        return result
    }

    private func translate(_ text: String, from: [Character], to: [Character]) throws(XPathError) -> String {
        var map: [Character: Character?] = [:]
        for (offset, character) in from.enumerated() where map[character] == nil {
            map[character] = offset < to.count ? to[offset] : Character?.none
        }
        var result = ""
        for character in text {
            if let replacement = map[character] {
                if let replacement { result.append(replacement) }
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// An RFC 4122 version 4 UUID from the injected randomness.
    private func uuid() -> String {
        var bytes: [UInt8] = []
        for _ in 0..<2 {
            let word = context.random()
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { XPathDate.pad(Int($0), 2, radix: 16) }
        let groups = [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
        return groups.map { $0.joined() }.joined(separator: "-")
    }

    /// `uuid(n)`: n random letters and digits.
    private func randomString() throws(XPathError) -> String {
        let requested = try number(0)
        guard let length = Self.integer(requested), length > 0 else { return "" }
        guard length <= Self.maximumRandomLength else {
            throw fail("length \(length) is over the limit of \(Self.maximumRandomLength)")
        }
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String((0..<length).map { _ in alphabet[Int(context.random() % UInt64(alphabet.count))] })
    }

    /// `pulldata(instance, wanted, key, value)`: the first item of the instance whose `key` child equals
    /// `value`, read at its `wanted` child; "" when there is none.
    private func pulldata() throws(XPathError) -> String {
        let id = try string(0)
        let wanted = try string(1)
        let key = try string(2)
        let query = try string(3)
        guard let root = model.documentRoot(instance: id) else { throw fail("instance('\(id)') does not exist") }
        for element in model.children(of: root) {
            let items = model.children(of: element)
            try evaluator.spend(items.count)
            for item in items {
                let fields = model.children(of: item)
                guard fields.contains(where: { model.name(of: $0) == key && model.stringValue(of: $0) == query })
                else { continue }
                return fields.first { model.name(of: $0) == wanted }.map(model.stringValue(of:)) ?? ""
            }
        }
        return ""
    }
}
