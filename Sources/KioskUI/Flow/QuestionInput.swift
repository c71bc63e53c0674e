import KioskForms

/// What the citizen has entered on the current question and not yet given as an answer (or, for
/// choices, what is ticked and where the list stands).
public enum QuestionInput: Sendable, Equatable {
    case none
    case text(VietnameseComposer)
    case number(NumericEntry)
    case date(DatePicker)
    case choices(ChoicePicker)

    /// What going on from the question gives as its answer.
    enum Pending: Sendable, Equatable {
        /// Nothing to give: a select one answered when tapped, a note.
        case nothing
        /// This answer (nil: no answer).
        case answer(String?)
    }

    /// The answer this input gives when the citizen goes on.
    func pending(for style: QuestionStyle) -> Pending {
        switch (self, style) {
        case (.text(let composer), _):
            let text = composer.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return .answer(text.isEmpty ? nil : text)
        case (.number(let entry), _):
            return .answer(entry.text.isEmpty ? nil : entry.text)
        case (.date(let picker), _):
            return .answer(picker.iso)
        case (.choices(let picker), .tiles(multiple: true)), (.choices(let picker), .list(multiple: true)):
            return .answer(picker.selected.isEmpty ? nil : picker.selected.joined(separator: " "))
        default:
            return .nothing
        }
    }
}

/// The choices of a select on screen: what is ticked, and for a long list its filter and page.
public struct ChoicePicker: Sendable, Equatable {
    public let multiple: Bool
    /// The values ticked, in the order of the choices.
    public private(set) var selected: [String]
    /// What the citizen typed to narrow a long list (no capitals: the filter ignores case).
    public var filter = VietnameseComposer(capitals: .none, maximumLength: 40)
    /// The filter's keyboard is on screen instead of the list.
    public var isFiltering = false
    /// The index, among the matches, of the first row shown; the screen pages from it.
    public var first = 0

    public init(multiple: Bool, value: String?) {
        self.multiple = multiple
        selected = value.map { $0.split(separator: " ").map(String.init) } ?? []
    }

    /// Ticks or unticks `value` (a select one keeps only it); returns whether it is now ticked.
    mutating func toggle(_ value: String, order: [String]) -> Bool {
        guard multiple else {
            selected = [value]
            return true
        }
        let ticked = !selected.contains(value)
        if ticked { selected.append(value) } else { selected.removeAll { $0 == value } }
        selected.sort { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }
        return ticked
    }
}
