/// An element of the form's body: a question, a group of them, or a repeat.
public indirect enum FormControl: Sendable, Equatable {
    case question(Question)
    case group(FormGroup)
    case repeatGroup(FormRepeat)
}

/// A `<group>`: questions that belong together; with `appearance="field-list"`, one screen.
public struct FormGroup: Sendable, Equatable {
    /// The node the group is bound to (its relevance hides the whole group); nil for a group with
    /// no ref, which only gathers controls.
    public var path: String?
    public var label: Label?
    public var appearance: String?
    public var controls: [FormControl]

    /// All of the group on one screen.
    public var isFieldList: Bool {
        appearance?.split(separator: " ").contains("field-list") ?? false
    }
}

/// A `<repeat>`: its controls asked once per instance, as many instances as the citizen adds or
/// as `jr:count` says.
public struct FormRepeat: Sendable, Equatable {
    /// The repeated node's path, e.g. "/data/child".
    public var path: String
    public var label: Label?
    public var appearance: String?
    /// `jr:count`: the number of instances is computed, not chosen.
    var count: FormExpression?
    /// False with `jr:noAddRemove="true()"` or a `jr:count`: no "add another?" question.
    public var canAddRemove: Bool
    public var controls: [FormControl]
}

extension FormControl {
    /// Every question under this control, in document order.
    var questions: [Question] {
        switch self {
        case .question(let question): [question]
        case .group(let group): group.controls.flatMap(\.questions)
        case .repeatGroup(let repeatGroup): repeatGroup.controls.flatMap(\.questions)
        }
    }

    /// Every repeat under (and including) this control.
    var repeats: [FormRepeat] {
        switch self {
        case .question: []
        case .group(let group): group.controls.flatMap(\.repeats)
        case .repeatGroup(let repeatGroup): [repeatGroup] + repeatGroup.controls.flatMap(\.repeats)
        }
    }
}
