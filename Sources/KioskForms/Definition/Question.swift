/// One body control of the form: what the citizen is asked on one screen.
public struct Question: Sendable, Equatable {
    /// The XForms body element the question comes from.
    public enum Control: String, Sendable { case input, select1, select, trigger }

    /// The absolute instance path the answer is stored at, e.g. "/data/birth_year".
    public var path: String
    public var control: Control
    /// The type from the node's bind; `.string` when the node has none.
    public var dataType: DataType
    /// Whether the bind has a `required` expression that can be true: whether it is required now
    /// is `ScreenQuestion.isRequired`.
    public var required: Bool
    public var label: Label
    public var hint: Label?
    /// The `<item>`s of a select, in document order; empty for other controls and for a select
    /// whose choices come from an itemset (then `ScreenQuestion.choices` has them).
    public var choices: [Choice]
    /// Choices computed from an instance, when the select has an `<itemset>`.
    var itemset: Itemset?
    /// The control's `appearance` attribute (e.g. "minimal", "numbers"), a hint for the screen.
    public var appearance: String?

    public init(
        path: String, control: Control, dataType: DataType = .string, required: Bool = false,
        label: Label = Label(), hint: Label? = nil, choices: [Choice] = [], appearance: String? = nil
    ) {
        self.path = path
        self.control = control
        self.dataType = dataType
        self.required = required
        self.label = label
        self.hint = hint
        self.choices = choices
        self.appearance = appearance
        self.itemset = nil
    }

    /// Whether the choices depend on the data (an itemset) rather than being written in the form.
    public var hasDynamicChoices: Bool { itemset != nil }
}
