import Foundation

/// Everything evaluation needs besides the expression: the data, the focus, and what the outside world
/// provides (time, translations, choice labels, randomness). Nothing is read from the system inside.
public struct XPathContext<Model: XPathDataModel> {
    public var model: Model
    /// The context node: `.` in the expression.
    public var node: Model.Node
    /// The context position and size, `position()` and `last()`.
    public var position: Int
    public var size: Int
    /// `current()`: the node the bind or control expression belongs to.
    public var current: Model.Node
    /// `today()` and `now()`.
    public var now: Date
    /// The terminal's time zone for `today()`, `now()` and dateTimes written without an offset.
    public var timeZone: TimeZone
    /// `jr:itext(id)` in the current language; nil when the id is unknown (the call then gives "").
    public var itext: (String) -> String?
    /// `jr:choice-name(value, ref)`: the label of a choice value of the select question at the node.
    public var choiceName: (String, Model.Node) -> String?
    /// Randomness for `random()`, `uuid()`; injected so tests are repeatable.
    public var random: () -> UInt64
    /// Work allowed for one evaluation (nodes visited plus expressions evaluated) before it fails with
    /// "too costly"; protects the terminal from a hostile or accidental `//*[//*[//*]]`.
    public var workLimit: Int

    public init(
        model: Model, node: Model.Node, position: Int = 1, size: Int = 1, current: Model.Node? = nil,
        now: Date, timeZone: TimeZone,
        itext: @escaping (String) -> String? = { _ in nil },
        choiceName: @escaping (String, Model.Node) -> String? = { _, _ in nil },
        random: @escaping () -> UInt64 = { UInt64.random(in: .min ... .max) },
        workLimit: Int = 1_000_000
    ) {
        self.model = model
        self.node = node
        self.position = position
        self.size = size
        self.current = current ?? node
        self.now = now
        self.timeZone = timeZone
        self.itext = itext
        self.choiceName = choiceName
        self.random = random
        self.workLimit = workLimit
    }
}
