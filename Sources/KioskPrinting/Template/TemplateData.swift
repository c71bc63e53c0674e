import Foundation
import KioskForms
import KioskProcedures

/// What a template's placeholders read: the form's data as it stands, plus the facts of printing.
///
/// Placeholders are `{...}` in any template text:
/// - `{/data/child/child_name}`: the answer at that path, a choice as its Vietnamese label (several
///   joined with ", "); in a repeat, `{./name}` is the current instance's child;
/// - filters after `|`, applied left to right: `code` (the stored value, not the label), `upper`,
///   `date` (an ISO date as dd/mm/yyyy), `words` (an ISO date in Vietnamese words), `decimal` (a
///   decimal comma, as Vietnamese writes 312,5);
/// - `{draft}`, `{commune}`, `{agency}` and `{today}` (dd/mm/yyyy of printing).
///
/// A question that is not relevant reads as empty: it is not part of the application.
public struct TemplateData {
    public var form: XForm
    public var session: FormSession
    public var draftCode: String
    public var commune: String
    public var agency: String
    public var date: Date
    public var timeZone: TimeZone
    /// The questions shown as the data stands, by concrete path, with their choices as they are now
    /// (an itemset's come from the data).
    let shown: [String: ScreenQuestion]
    /// The answers as submitted, by concrete path.
    let answers: [String: String]

    /// The language printed forms are in: the office's.
    public static let language = "vi"

    public init(
        form: XForm, session: FormSession, draftCode: String, commune: String, agency: String, date: Date,
        timeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
    ) {
        var session = session
        session.language = Self.language
        self.form = form
        self.session = session
        self.draftCode = draftCode
        self.commune = commune
        self.agency = agency
        self.date = date
        self.timeZone = timeZone
        shown = Dictionary(session.questions(in: form).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        answers = session.answers(in: form)
    }

    /// The stored value at a concrete path: a relevant answer, or a calculation's result.
    public func rawValue(at path: String) -> String? {
        if let question = shown[path] { return question.value.flatMap { $0.isEmpty ? nil : $0 } }
        if let answer = answers[path] { return answer }
        // A question that exists but is not shown is not relevant: it is not part of the application.
        if form.question(at: Self.genericPath(path)) != nil { return nil }
        return session.value(at: path)
    }

    /// The choices of the question at a concrete path, as they stand.
    public func choices(at path: String) -> [Choice] {
        shown[path]?.choices ?? form.question(at: Self.genericPath(path))?.choices ?? []
    }

    /// The answer as a person reads it: a choice's label, else the value.
    public func displayValue(at path: String) -> String? {
        guard let raw = rawValue(at: path) else { return nil }
        return form.answerText(raw, choices: choices(at: path), language: Self.language) ?? raw
    }

    /// How many instances the repeat at generic path `path` has (0 when none).
    public func instanceCount(of path: String) -> Int {
        var highest = 0
        for key in answers.keys where key.hasPrefix(path + "[") {
            let rest = key.dropFirst(path.count + 1)
            if let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) { highest = max(highest, index) }
        }
        return highest
    }

    /// `text` with every placeholder replaced; `base` is the current repeat instance ("/data/kid[2]").
    /// `allEmpty` is true when the text had placeholders and every one of them was empty, so the
    /// field can be left as dotted lines for a hand-written answer.
    public func resolve(_ text: String, base: String? = nil) -> (text: String, allEmpty: Bool) {
        var output = ""
        var placeholders = 0
        var filled = 0
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                output += rest[open...]
                rest = ""
                break
            }
            placeholders += 1
            let value = evaluate(String(rest[rest.index(after: open)..<close]), base: base)
            if !value.isEmpty { filled += 1 }
            output += value
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return (output, placeholders > 0 && filled == 0)
    }

    /// The value of one placeholder's content, "path|filter|filter"; "" when empty or unknown.
    ///
    /// "a ?? b": the first alternative that is not empty.
    func evaluate(_ placeholder: String, base: String?) -> String {
        for alternative in placeholder.components(separatedBy: "??") {
            let value = evaluateOne(alternative, base: base)
            if !value.isEmpty { return value }
        }
        return ""
    }

    func evaluateOne(_ placeholder: String, base: String?) -> String {
        var parts = placeholder.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return "" }
        let name = parts.removeFirst()
        var value: String
        var raw: String?
        switch name {
        case _ where name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2:
            value = String(name.dropFirst().dropLast())
        case "draft": value = draftCode
        case "commune": value = commune
        case "agency": value = agency
        case "today": value = Self.numericDate(date, timeZone: timeZone)
        default:
            let path = Self.concretePath(name, base: base)
            raw = rawValue(at: path)
            value = displayValue(at: path) ?? ""
        }
        for filter in parts {
            switch filter {
            case "code": value = raw ?? value
            case "upper": value = value.uppercased(with: Locale(identifier: "vi_VN"))
            case "date": value = Self.numericDate(iso: raw ?? value) ?? value
            case "words": value = (try? VietnameseDateWords.words(iso: raw ?? value)) ?? value
            case "decimal": value = value.replacingOccurrences(of: ".", with: ",")
            default: break
            }
        }
        return value
    }

    /// "./name" inside a repeat instance becomes "<base>/name"; other paths are taken as they are.
    static func concretePath(_ path: String, base: String?) -> String {
        guard path.hasPrefix("./") else { return path }
        return (base ?? "") + "/" + path.dropFirst(2)
    }

    /// "/data/kid[2]/name" -> "/data/kid/name".
    static func genericPath(_ path: String) -> String {
        var result = ""
        var skipping = false
        for character in path {
            if character == "[" {
                skipping = true
            } else if character == "]" {
                skipping = false
            } else if !skipping {
                result.append(character)
            }
        }
        return result
    }

    /// "2026-04-24" -> "24/04/2026"; nil when not an ISO date.
    static func numericDate(iso: String) -> String? {
        let parts = iso.prefix(10).split(separator: "-")
        guard iso.count >= 10, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return nil }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    static func numericDate(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0)"
    }
}
