/// One screen of a form session: one question, the questions of a field-list group, or the
/// "add another?" question of a repeat.
public struct FormScreen: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case questions([ScreenQuestion])
        /// Ask whether to add an instance of `repeatPath` (there are `count` so far).
        case repeatPrompt(repeatPath: String, label: Label?, count: Int)
    }

    /// Stable while the data does not change shape: "q:/data/child[2]/name", "g:/data/household",
    /// "r:/data/child" + the parent's path.
    public var key: String
    public var kind: Kind
    /// The group's or repeat's label, when the screen has one.
    public var groupLabel: Label?

    /// The questions on the screen (none on a repeat prompt).
    public var questions: [ScreenQuestion] {
        if case .questions(let questions) = kind { return questions }
        return []
    }
}

/// A question as it stands now: where its answer goes, what it holds, and what applies to it.
public struct ScreenQuestion: Sendable, Equatable {
    public var question: Question
    /// The concrete path with repeat indices, e.g. "/data/child[2]/name".
    public var path: String
    public var value: String?
    public var isRequired: Bool
    public var isReadonly: Bool
    /// The choices: the form's items, or the itemset's as evaluated now.
    public var choices: [Choice]
}
