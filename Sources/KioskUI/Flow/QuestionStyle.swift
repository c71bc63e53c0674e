import KioskForms

/// How a question is asked on screen, decided from its control, type and appearance.
public enum QuestionStyle: Sendable, Equatable {
    /// Picture tiles; a tap answers (one) or ticks (`multiple`).
    case tiles(multiple: Bool)
    /// A paged list of big rows with a filter, for more choices than fit as tiles.
    case list(multiple: Bool)
    /// The Vietnamese keyboard.
    case keyboard(VietnameseComposer.Capitals)
    /// The numeric pad.
    case numbers(NumericEntry.Format)
    /// The day / month / year picker.
    case date
    /// Words to read, nothing to answer: a trigger or a read-only question.
    case note

    /// Choices beyond this many are a list, not tiles (at 8, a 7-inch panel's tiles are 19 mm tall).
    public static let maximumTiles = 8

    /// The style of a question as it stands.
    ///
    /// Appearances: "minimal", "autocomplete" or "search" make any select a list; "numbers",
    /// "id-number", "phone", "group-…" make a text question a numeric pad (see ``NumericEntry``);
    /// "lowercase" turns off the automatic capitals of a text question and "sentence" keeps only the
    /// first (by default every word starts with a capital, as names do).
    public init(_ question: ScreenQuestion) {
        let definition = question.question
        let tokens = Set(definition.appearance?.split(separator: " ").map(String.init) ?? [])
        if question.isReadonly || definition.control == .trigger {
            self = .note
            return
        }
        switch definition.control {
        case .select1, .select:
            let multiple = definition.control == .select
            let asList =
                question.choices.count > Self.maximumTiles
                || !tokens.isDisjoint(with: ["minimal", "autocomplete", "search"])
            self = asList ? .list(multiple: multiple) : .tiles(multiple: multiple)
        case .input, .trigger:
            switch definition.dataType {
            case .int: self = .numbers(NumericEntry.Format.named(in: definition.appearance) ?? .integer)
            case .decimal: self = .numbers(.decimal)
            case .date: self = .date
            default:
                if let format = NumericEntry.Format.named(in: definition.appearance) {
                    self = .numbers(format)
                } else if tokens.contains("numbers") {
                    self = .numbers(.digits)
                } else {
                    self = .keyboard(
                        tokens.contains("lowercase") ? .none : tokens.contains("sentence") ? .sentence : .words)
                }
            }
        }
    }
}
