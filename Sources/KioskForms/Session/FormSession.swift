import Foundation

/// One citizen filling one form: the data so far, the screen on display, and everything the form's
/// logic derives from them (relevance, calculations, repeat instances).
///
/// A plain value that holds no reference to the form: every call that needs the form takes it, so
/// a session can be saved as a draft (it is `Codable`) and restored exactly with
/// `init(snapshot:form:)`.
public struct FormSession: Sendable, Codable, Equatable {
    public enum Position: Sendable, Codable, Equatable {
        /// A screen, by key, and its place in the list when it was entered (used when the screen
        /// disappears because an answer made it non-relevant).
        case screen(key: String, ordinal: Int)
        /// Past the last screen: the review.
        case end
    }

    public var formID: String
    public var formVersion: String?
    public var startedAt: Date
    /// The moment `today()` and `now()` see; the caller moves it on (time is injected).
    public var now: Date
    /// The language of `jr:itext()` in expressions and of messages; nil = the form's default.
    public var language: String?
    /// The time zone of `today()`, `now()` and date formatting: the terminal's.
    public var timeZone: TimeZone = .current
    public internal(set) var position: Position
    /// The primary instance, with the citizen's answers in it.
    var data: DataTree

    /// How many instances a repeat may hold: a terminal form never needs more, a hostile one must
    /// not exhaust memory.
    public static let maximumRepeats = 200

    /// A fresh session at the first screen, with the form's defaults and calculations in place.
    public init(form: XForm, startedAt: Date, language: String? = nil) {
        formID = form.id
        formVersion = form.version
        self.startedAt = startedAt
        now = startedAt
        self.language = language
        data = form.template
        position = .end
        // A default in the instance is a pre-filled answer, as in ODK Collect; one that does not fit
        // its own question is a form bug and is left out rather than trusted.
        for question in form.questions where question.itemset == nil {
            for node in data.nodes(at: question.path) where !data[node].value.isEmpty {
                let canonical = try? question.canonicalValue(
                    data[node].value, choices: question.choices, path: question.path)
                data.setValue(canonical ?? "", at: node)
            }
        }
        refresh(changed: nil, in: form)
        position = layout(in: form).first.map { .screen(key: $0.key, ordinal: 0) } ?? .end
    }

    /// Answered questions: concrete path -> value, for every relevant question with a value.
    public func answers(in form: XForm) -> [String: String] {
        var answers: [String: String] = [:]
        for slot in layout(in: form) {
            guard case .questions(let questions) = slot.kind else { continue }
            for (_, node) in questions where !data[node].value.isEmpty {
                answers[concretePath(of: node, in: form)] = data[node].value
            }
        }
        return answers
    }

    /// The value at a concrete path ("/data/child[2]/name"), whether or not a question shows it.
    public func value(at path: String) -> String? {
        node(atConcretePath: path).map { data[$0].value }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Validates a value against the question at `path` (type, choices) and stores its canonical
    /// form; nil or whitespace clears it. Calculations and relevance follow at once.
    ///
    /// Throws `.unknownQuestion` for a path with no question, `.invalidValue` for a value of the
    /// wrong type or not among the choices, `.tooManyRepeats` when the answer would make a
    /// `jr:count` repeat too large; the data is then unchanged.
    public mutating func answer(_ value: String?, at path: String, in form: XForm) throws(FormError) {
        guard let node = node(atConcretePath: path), let question = form.question(at: data[node].path) else {
            throw .unknownQuestion(path)
        }
        var canonical = ""
        if let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let choices = question.itemset == nil ? question.choices : itemsetChoices(question, at: node, in: form)
            canonical = try question.canonicalValue(value, choices: choices, path: path)
        }
        let before = self
        data.setValue(canonical, at: node)
        do throws(FormError) {
            try refreshCounting(changed: [data[node].path], in: form)
        } catch {
            self = before
            throw error
        }
    }

    /// The node at a concrete path: steps by name, `[k]` picking the k-th live sibling (1-based).
    func node(atConcretePath path: String) -> Int? {
        guard path.hasPrefix("/"), var current = data.root else { return nil }
        var steps = path.split(separator: "/").map(String.init)
        guard let first = steps.first, Self.stepName(first).name == data[current].name,
            Self.stepName(first).index == 1
        else { return nil }
        steps.removeFirst()
        for step in steps {
            let (name, index) = Self.stepName(step)
            let matches = data.liveChildren(of: current).filter { data[$0].name == name }
            guard index >= 1, index <= matches.count else { return nil }
            current = matches[index - 1]
        }
        return current
    }

    /// "child[2]" -> ("child", 2); "name" -> ("name", 1).
    static func stepName(_ step: String) -> (name: String, index: Int) {
        guard step.hasSuffix("]"), let open = step.firstIndex(of: "["),
            let index = Int(step[step.index(after: open)..<step.index(before: step.endIndex)])
        else { return (step, 1) }
        return (String(step[..<open]), index)
    }

    /// The concrete path of a node: repeated nodes carry their 1-based index among their siblings.
    func concretePath(of node: Int, in form: XForm) -> String {
        var parts: [String] = []
        var current: Int? = node
        while let index = current, let parent = data[index].parent {
            var step = data[index].name
            if form.repeatPaths.contains(data[index].path) {
                let siblings = data.liveChildren(of: parent).filter { data[$0].path == data[index].path }
                step += "[\((siblings.firstIndex(of: index) ?? 0) + 1)]"
            }
            parts.append(step)
            current = parent
        }
        return "/" + parts.reversed().joined(separator: "/")
    }

    /// The node with generic path `path` nearest `context`: inside the same repeat instance when
    /// there is one, else the first in the document.
    func node(for path: String, near context: Int) -> Int? {
        let candidates = data.liveNodes(at: path)
        guard candidates.count > 1 else { return candidates.first }
        // The nearest ancestor-or-self of the context on the path decides which instance is meant.
        var start = context
        while !(path == data[start].path || Self.isPrefix(data[start].path, of: path)), let parent = data[start].parent
        {
            start = parent
        }
        return candidates.filter { data.isAncestor(start, of: $0) }.min { data.precedes($0, $1) }
    }

    /// Whether `prefix` is a whole-step prefix of `path` ("/data/child" of "/data/child/name").
    static func isPrefix(_ prefix: String, of path: String) -> Bool {
        prefix.isEmpty
            || (path.count > prefix.count && path.hasPrefix(prefix) && path.dropFirst(prefix.count).first == "/")
    }
}
