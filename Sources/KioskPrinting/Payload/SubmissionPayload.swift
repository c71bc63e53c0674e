import KioskForms

/// A submission in the compact text a QR code on the printed form carries, so staff can import it
/// offline with a scanner and no connection.
///
/// Format, version 2 (one line of UTF-8 text; QR byte mode):
///
///     VK2:<formID>|<formVersion>|<draftCode>|<count>|<value 1>|...|<value count>|<crc>
///
/// - The values are the answers to the form's questions in the form's order (`XForm.questions`),
///   nothing else: no tags, no paths, no meta. Both sides have the form, so the order is the key.
///   An unanswered question is an empty value. `formVersion` is empty when the form has none.
/// - A question inside a repeat (several children, co-owners) has one value listing every
///   instance's answer, separated by `;`: `Lò Thị Mai;Lò Văn Páo` is instance 1 and 2, an empty
///   entry an instance left unanswered. Inside a repeat inside a repeat, each entry names its
///   instance numbers: `1.2=Mai;2.1=Páo`. Within an entry `\` is written `\\`, `;` as `\;` and `=`
///   as `\=`, before the field escapes below (see ``RepeatAnswers``).
/// - Only some values ("key fields", when the whole does not fit in 4 codes): the count field is
///   `<count>@<i>,<j>,...`, the 0-based question indices present, ascending, and only those values
///   follow. `@` alone means none: the draft code is all there is.
/// - In every field `\` is written `\\`, `|` as `\|`, `:` as `\:`, LF as `\n` and CR as `\r`; no
///   other escape exists. (`:` is escaped so a payload can never start like a part header.)
/// - `crc` is the CRC-32 (IEEE 802.3, as zlib's `crc32`) of the UTF-8 bytes of everything before it,
///   "VK2:" and the last `|` included, as 8 lowercase hex digits. It catches a cut-off or garbled
///   scan, and parts of two different submissions put together.
///
/// Version 1 ("VK1:") is the same without repeats: their questions' values were always empty. It
/// is still read, with the same meaning.
///
/// Why not the XML: Foundation on Linux has no zlib to deflate it, and for a realistic 40-question
/// form (PayloadTests) the instance XML is 1,941 bytes, 2,588 in base64: more than even a version 40
/// code holds at level M (2,331), while this text is 782 bytes, one version 23 code.
/// Text that does not fit one code is split into parts, "VK2:1/3:..." (`SubmissionPayload+Codes`).
public struct SubmissionPayload: Sendable, Equatable {
    /// The prefix of every payload and part written now (version 2).
    public static let prefix = "VK2:"
    /// The prefixes read: this version's and the older ones.
    public static let readablePrefixes = ["VK2:", "VK1:"]

    public var formID: String
    /// The form's version attribute, "" when it has none.
    public var formVersion: String
    public var draftCode: String
    /// One entry per question of the form, in order: the answer ("" when unanswered), or nil when
    /// this payload does not carry it (key fields only).
    public var values: [String?]

    public init(formID: String, formVersion: String, draftCode: String, values: [String?]) {
        self.formID = formID
        self.formVersion = formVersion
        self.draftCode = draftCode
        self.values = values
    }

    /// Every answer of a form, in question order; the answers of repeated questions by their
    /// concrete paths ("/data/child[2]/name").
    public init(form: XForm, answers: [String: String], draftCode: String) {
        let repeats = RepeatAnswers(form: form, answers: answers)
        self.init(
            formID: form.id, formVersion: form.version ?? "", draftCode: draftCode,
            values: form.questions.map { repeats.field(for: $0.path) ?? answers[$0.path] ?? "" })
    }

    /// Whether every question's answer is carried.
    public var isComplete: Bool { values.allSatisfy { $0 != nil } }

    /// The same payload carrying only the questions at `indices`.
    public func keeping(_ indices: Set<Int>) -> SubmissionPayload {
        var copy = self
        copy.values = values.enumerated().map { indices.contains($0.offset) ? $0.element : nil }
        return copy
    }

    /// The answers by question path, checked against the form they claim to be of.
    ///
    /// A question the payload does not carry is absent from the result; an unanswered one is too.
    public func answers(for form: XForm) throws(PayloadError) -> [String: String] {
        guard form.id == formID, (form.version ?? "") == formVersion else {
            throw .formMismatch(expected: "\(form.id) \(form.version ?? "")", found: "\(formID) \(formVersion)")
        }
        guard form.questions.count == values.count else {
            throw .formMismatch(
                expected: "\(form.questions.count) questions", found: "\(values.count) values")
        }
        let repeats = RepeatAnswers(form: form, answers: [:])
        var answers: [String: String] = [:]
        for (question, value) in zip(form.questions, values) {
            guard let value, !value.isEmpty else { continue }
            if let instances = try repeats.answers(for: question.path, field: value) {
                answers.merge(instances) { first, _ in first }
            } else {
                answers[question.path] = value
            }
        }
        return answers
    }

    /// The payload as one text.
    public var text: String {
        var fields = [formID, formVersion, draftCode].map(Self.escape)
        if isComplete {
            fields.append(String(values.count))
            fields += values.map { Self.escape($0 ?? "") }
        } else {
            let present = values.indices.filter { values[$0] != nil }
            fields.append("\(values.count)@" + present.map(String.init).joined(separator: ","))
            fields += present.map { Self.escape(values[$0] ?? "") }
        }
        let signed = Self.prefix + fields.joined(separator: "|") + "|"
        return signed + Self.hex(CRC32.checksum(signed.utf8))
    }

    /// Reads a whole payload of any readable version (not a part: join parts with `init(parts:)`).
    public init(text: String) throws(PayloadError) {
        guard let prefix = Self.readablePrefixes.first(where: { text.hasPrefix($0) }) else {
            // "VK2:...": ours, but newer than this program.
            let head = text.prefix { $0 != ":" }
            if head.count < text.count, head.hasPrefix("VK"), head.count > 2, head.dropFirst(2).allSatisfy(\.isASCII),
                Int(head.dropFirst(2)) != nil
            {
                throw .unsupportedVersion(String(head))
            }
            throw .notAPayload
        }
        if SubmissionPart(text) != nil { throw .malformed("this is one part of a split payload") }
        guard let bar = text.utf8.lastIndex(of: UInt8(ascii: "|")) else { throw .truncated }
        let signed = text.utf8[...bar]
        let checksum = String(decoding: text.utf8[text.utf8.index(after: bar)...], as: UTF8.self)
        guard checksum.utf8.count == 8, let expected = UInt32(checksum, radix: 16) else { throw .truncated }
        guard CRC32.checksum(signed) == expected else { throw .checksumMismatch }

        let body = String(decoding: signed.dropFirst(prefix.utf8.count).dropLast(), as: UTF8.self)
        let fields = try Self.split(body)
        guard fields.count >= 4 else { throw .truncated }
        let (count, present) = try Self.layout(fields[3])
        let rest = fields.dropFirst(4)
        var values = [String?](repeating: nil, count: count)
        if let present {
            guard rest.count == present.count else {
                throw .malformed("\(present.count) indices, \(rest.count) values")
            }
            for (index, value) in zip(present, rest) { values[index] = value }
        } else {
            guard rest.count == count else { throw .malformed("\(count) values announced, \(rest.count) found") }
            values = rest.map { $0 }
        }
        self.init(formID: fields[0], formVersion: fields[1], draftCode: fields[2], values: values)
    }

    /// "40" or "40@0,3,7": the question count and, for key fields only, the indices present.
    private static func layout(_ field: String) throws(PayloadError) -> (count: Int, present: [Int]?) {
        let parts = field.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let count = Int(parts[0]), count >= 0, count <= 100_000 else {
            throw .malformed("bad question count '\(field)'")
        }
        guard parts.count == 2 else { return (count, nil) }
        var present: [Int] = []
        for item in parts[1].split(separator: ",", omittingEmptySubsequences: false) where !parts[1].isEmpty {
            guard let index = Int(item), (0..<count).contains(index), (present.last ?? -1) < index else {
                throw .malformed("bad question index '\(item)'")
            }
            present.append(index)
        }
        return (count, present)
    }

    static func escape(_ field: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(field.unicodeScalars.count)
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "|": output += "\\|"
            case ":": output += "\\:"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Splits at unescaped `|` and undoes the escapes.
    static func split(_ body: String) throws(PayloadError) -> [String] {
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = body.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "|":
                fields.append(String(current))
                current = String.UnicodeScalarView()
            case "\\":
                switch scalars.next() {
                case "\\": current.append("\\")
                case "|": current.append("|")
                case ":": current.append(":")
                case "n": current.append("\n")
                case "r": current.append("\r")
                case let other?: throw .malformed("unknown escape \\\(other)")
                case nil: throw .malformed("a lone \\ at the end")
                }
            default:
                current.append(scalar)
            }
        }
        fields.append(String(current))
        return fields
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
