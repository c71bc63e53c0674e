import Foundation

/// One citizen filling one form: the answers so far and the question on screen.
///
/// A plain value that holds no reference to the form: every call that needs the form takes it, so
/// a session can be saved as a draft (it is `Codable`) and restored exactly, against the same form,
/// with `init(snapshot:form:)`.
public struct FormSession: Sendable, Codable, Equatable {
    public var formID: String
    public var formVersion: String?
    /// The current question's index in `form.questions`; `questionCount` means past the last
    /// question, i.e. the review screen.
    public private(set) var index: Int
    /// Answered paths -> canonical values (an int as "1985", a select as "a b c"). A path with no
    /// answer has no entry.
    public private(set) var answers: [String: String]
    public var startedAt: Date

    /// A fresh session at the first question, with the form's default values as answers.
    public init(form: XForm, startedAt: Date) {
        formID = form.id
        formVersion = form.version
        index = 0
        answers = [:]
        self.startedAt = startedAt
        // A default in the instance template is a pre-filled answer, as in ODK Collect; one that
        // does not fit its own question is a form bug and is left out rather than trusted.
        for question in form.questions {
            guard let value = form.instance.node(at: question.path)?.value, !value.isEmpty else { continue }
            answers[question.path] = try? question.canonicalValue(value)
        }
    }

    /// The question on screen; nil on the review screen.
    public func currentQuestion(in form: XForm) -> Question? {
        form.questions.indices.contains(index) ? form.questions[index] : nil
    }

    /// Validates a value against the question's type and stores its canonical form; nil, or a
    /// value that is only whitespace, clears the answer.
    ///
    /// Throws `.unknownQuestion` for a path that is no question of the form and `.invalidValue` for
    /// a value of the wrong type or not among the choices; the stored answer is then unchanged.
    public mutating func answer(_ value: String?, at path: String, in form: XForm) throws(FormError) {
        guard let question = form.question(at: path) else { throw .unknownQuestion(path) }
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            answers[path] = nil
            return
        }
        answers[path] = try question.canonicalValue(value)
    }

    /// Leaves the current question forward; throws `.required` (and stays) when it is required and
    /// unanswered. On the review screen it does nothing.
    public mutating func next(in form: XForm) throws(FormError) {
        guard let question = currentQuestion(in: form) else { return }
        if question.required, answers[question.path] == nil { throw .required(path: question.path) }
        index += 1
    }

    /// Goes back one question; does nothing at the first.
    public mutating func back() {
        index = max(0, index - 1)
    }

    /// Goes straight to a question (from the review screen's "change this answer"); an index out of
    /// range is clamped, so `questions.count` is the review screen.
    public mutating func jump(to index: Int, in form: XForm) {
        self.index = min(max(0, index), form.questions.count)
    }

    /// Whether every required question has an answer.
    public func isComplete(in form: XForm) -> Bool {
        form.questions.allSatisfy { !$0.required || answers[$0.path] != nil }
    }

    /// The first required question without an answer, for the review screen to send the citizen to.
    public func firstMissingRequired(in form: XForm) -> Question? {
        form.questions.first { $0.required && answers[$0.path] == nil }
    }

    enum CodingKeys: String, CodingKey {
        case formID, formVersion, index, answers, startedAt
    }

    /// Decodes a saved session; a negative index is refused here, everything that needs the form
    /// is checked by `verify(against:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formID = try container.decode(String.self, forKey: .formID)
        formVersion = try container.decodeIfPresent(String.self, forKey: .formVersion)
        index = try container.decode(Int.self, forKey: .index)
        answers = try container.decode([String: String].self, forKey: .answers)
        startedAt = try container.decode(Date.self, forKey: .startedAt)
        guard index >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .index, in: container, debugDescription: "negative index")
        }
    }
}
