import KioskForms

/// The answers of a form's repeated questions (several children, co-owners) as one payload value
/// per question, and back.
///
/// A question in one repeat lists its instances in order, `;` between them: `Mai;;Páo` is
/// instances 1 to 3, the second unanswered. A question in nested repeats lists only answered
/// instances, each with its instance numbers: `1.2=Mai;2.1=Páo`. In an entry `\` is written `\\`,
/// `;` as `\;` and `=` as `\=`.
struct RepeatAnswers {
    /// The repeat paths enclosing each repeated question, outermost first, by generic path.
    let repeatsOfQuestion: [String: [String]]
    /// Answers of repeated questions by generic path: instance numbers and the answer.
    let instances: [String: [(indices: [Int], value: String)]]

    init(form: XForm, answers: [String: String]) {
        var enclosing: [String: [String]] = [:]
        func walk(_ controls: [FormControl], repeats: [String]) {
            for control in controls {
                switch control {
                case .question(let question): if !repeats.isEmpty { enclosing[question.path] = repeats }
                case .group(let group): walk(group.controls, repeats: repeats)
                case .repeatGroup(let repeatGroup): walk(repeatGroup.controls, repeats: repeats + [repeatGroup.path])
                }
            }
        }
        walk(form.controls, repeats: [])
        repeatsOfQuestion = enclosing
        var found: [String: [(indices: [Int], value: String)]] = [:]
        for (path, value) in answers {
            guard let (generic, indices) = Self.split(path), let repeats = enclosing[generic],
                repeats.count == indices.count
            else { continue }
            found[generic, default: []].append((indices, value))
        }
        instances = found.mapValues { $0.sorted { $0.indices.lexicographicallyPrecedes($1.indices) } }
    }

    /// The payload value of the question at generic `path`; nil when it is not in a repeat.
    func field(for path: String) -> String? {
        guard let repeats = repeatsOfQuestion[path] else { return nil }
        let answered = instances[path] ?? []
        if repeats.count == 1 {
            var values = [String](repeating: "", count: answered.map { $0.indices[0] }.max() ?? 0)
            for entry in answered where entry.indices[0] >= 1 { values[entry.indices[0] - 1] = entry.value }
            return values.map(Self.escape).joined(separator: ";")
        }
        return answered.map { entry in
            entry.indices.map(String.init).joined(separator: ".") + "=" + Self.escape(entry.value)
        }.joined(separator: ";")
    }

    /// The answers, by concrete path, that a payload value of the question at generic `path` holds;
    /// nil when the question is not in a repeat.
    func answers(for path: String, field: String) throws(PayloadError) -> [String: String]? {
        guard let repeats = repeatsOfQuestion[path] else { return nil }
        var answers: [String: String] = [:]
        for (position, entry) in try Self.entries(field).enumerated() {
            let indices: [Int]
            let value: String
            if repeats.count == 1 {
                guard entry.key == nil else { throw .malformed("an unescaped = in a repeat entry") }
                indices = [position + 1]
                value = entry.value
            } else {
                guard let key = entry.key else { throw .malformed("a nested repeat entry without its instance") }
                let numbers = key.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
                guard numbers.count == repeats.count, numbers.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 10_000 })
                else { throw .malformed("bad instance '\(key)'") }
                indices = numbers.map { $0 ?? 1 }
                value = entry.value
            }
            if !value.isEmpty { answers[Self.concrete(path, repeats: repeats, indices: indices)] = value }
        }
        return answers
    }

    /// "/data/kid[2]/name" -> ("/data/kid/name", [2]); nil for a path that is not well formed.
    static func split(_ path: String) -> (generic: String, indices: [Int])? {
        var generic: [Substring] = []
        var indices: [Int] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if let open = segment.firstIndex(of: "["), segment.last == "]" {
                guard let index = Int(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)])
                else { return nil }
                indices.append(index)
                generic.append(segment[..<open])
            } else {
                generic.append(segment)
            }
        }
        return (generic.joined(separator: "/"), indices)
    }

    /// The concrete path of generic `path` in the instances `indices` of `repeats` (outermost first).
    static func concrete(_ path: String, repeats: [String], indices: [Int]) -> String {
        var result = path
        // Innermost first, so the outer repeat's prefix is still generic where it is inserted.
        for (repeatPath, index) in zip(repeats, indices).reversed() where result.hasPrefix(repeatPath) {
            result = repeatPath + "[\(index)]" + result.dropFirst(repeatPath.count)
        }
        return result
    }

    static func escape(_ value: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar == "\\" || scalar == ";" || scalar == "=" { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }

    /// The entries of a value: each with its key (the text before an unescaped `=`), unescaped.
    static func entries(_ field: String) throws(PayloadError) -> [(key: String?, value: String)] {
        var entries: [(key: String?, value: String)] = []
        var key: String?
        var current = String.UnicodeScalarView()
        var scalars = field.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\\":
                guard let next = scalars.next() else { throw .malformed("a lone \\ at the end of a repeat entry") }
                guard next == "\\" || next == ";" || next == "=" else {
                    throw .malformed("unknown escape \\\(next) in a repeat entry")
                }
                current.append(next)
            case ";":
                entries.append((key, String(current)))
                key = nil
                current = String.UnicodeScalarView()
            case "=" where key == nil:
                key = String(current)
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        entries.append((key, String(current)))
        return entries
    }
}
