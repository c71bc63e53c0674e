/// Turns the key presses of a barcode scanner that types like a USB keyboard into one text per
/// scan: the characters up to Enter, as a US keyboard types them (the layout scanners default to).
///
/// A scan is typed in a burst; keys that follow a pause longer than `gap` seconds start a new
/// text, so a half scan from an unplugged scanner does not stick to the next one.
public struct KeyboardWedgeDecoder: Sendable {
    public var gap: Double
    var text = ""
    var shift = false
    var lastKey: Double?

    public init(gap: Double = 0.5) {
        self.gap = gap
    }

    /// Feeds one event; returns the scanned text when Enter ends it (empty scans give nothing).
    public mutating func feed(_ event: InputEvent) -> String? {
        guard event.type == EvdevCode.keyType else { return nil }
        if event.code == Self.leftShift || event.code == Self.rightShift {
            shift = event.value != 0
            return nil
        }
        guard event.value == 1 else { return nil }  // presses only, not releases or autorepeat
        if let lastKey, event.time - lastKey > gap { text = "" }
        lastKey = event.time
        if event.code == Self.enter || event.code == Self.keypadEnter {
            defer { text = "" }
            return text.isEmpty ? nil : text
        }
        if let pair = Self.keys[event.code] {
            text.append(shift ? pair.shifted : pair.plain)
        }
        return nil
    }

    static let leftShift: UInt16 = 42
    static let rightShift: UInt16 = 54
    static let enter: UInt16 = 28
    static let keypadEnter: UInt16 = 96

    /// Key codes of linux/input-event-codes.h and what they type on a US layout.
    static let keys: [UInt16: (plain: Character, shifted: Character)] = {
        var map: [UInt16: (plain: Character, shifted: Character)] = [:]
        let rows: [(UInt16, String, String)] = [
            (2, "1234567890-=", "!@#$%^&*()_+"),
            (16, "qwertyuiop[]", "QWERTYUIOP{}"),
            (30, "asdfghjkl;'`", "ASDFGHJKL:\"~"),
            (43, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
        ]
        for (first, plain, shifted) in rows {
            for (offset, pair) in zip(plain, shifted).enumerated() {
                map[first + UInt16(offset)] = (pair.0, pair.1)
            }
        }
        map[57] = (" ", " ")
        return map
    }()
}
