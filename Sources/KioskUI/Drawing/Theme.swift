/// The high-contrast palette and type sizes of every screen (sizes in millimetres).
public struct Theme: Sendable, Equatable {
    public var background = Color(hex: 0xFFF8EC)
    public var text = Color(hex: 0x1A1A1A)
    public var mutedText = Color(hex: 0x4A4A4A)
    public var bar = Color(hex: 0x0B4F6C)
    public var barText = Color(hex: 0xFFFFFF)
    public var tile = Color(hex: 0xFFFFFF)
    public var tileBorder = Color(hex: 0x0B4F6C)
    public var selected = Color(hex: 0xFFD23F)
    /// A target under the finger, before it is released.
    public var pressed = Color(hex: 0xF4A300)
    public var primary = Color(hex: 0x137547)
    public var primaryText = Color(hex: 0xFFFFFF)
    public var secondary = Color(hex: 0xE3E7EA)
    /// The tone keys of the keyboard, apart from the letters.
    public var toneKey = Color(hex: 0xFDEBC0)
    public var warning = Color(hex: 0xB3261E)
    public var dotDone = Color(hex: 0x137547)
    public var dotTodo = Color(hex: 0xB8C2C8)

    /// Title type: the question itself.
    public var titleMM = 7.0
    /// Body type: choices, buttons.
    public var bodyMM = 5.5
    /// Small type: hints, progress text.
    public var smallMM = 4.0

    public init() {}
}
