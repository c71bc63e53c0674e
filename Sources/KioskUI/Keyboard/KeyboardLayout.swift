/// The keys of the Vietnamese keyboard, row by row, for a wide or a compact panel.
///
/// The letters are in the order of the Vietnamese alphabet as taught in school (a ă â b c d đ e ê
/// g h i k l m n o ô ơ p q r s t u ư v x y), then f j w z for foreign and minority names: a
/// citizen who reads little finds a letter by the order they learned, not by QWERTY. The tone
/// keys show their mark on "a"; the apostrophe is a key of its own ("H'Bia"). The wide panel
/// (12 keys a row) adds a hyphen and a Telex key; the compact one (11 a row, to keep 12 mm keys
/// on a 154 mm panel) has neither — Telex stays available on wide panels and to the flow.
public enum KeyboardLayout {
    public struct Key: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case letter, tone, function }
        public var label: String
        public var action: UIAction
        public var id: String
        /// Width in key widths.
        public var units: Int
        public var kind: Kind
    }

    static let letters: [Character] = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz")

    /// The rows of keys; letters show as capitals when `capitals` (the next letter will be one).
    /// `telex` is the Telex key's state, nil for no Telex key.
    ///
    /// `digits` adds a row of the digits on top (addresses: "Tổ 5"; assisted mode), for wide
    /// panels only: the question then moves into the top bar so that five rows keep 12 mm keys.
    public static func rows(compact: Bool, capitals: Bool, telex: Bool?, digits: Bool = false) -> [[Key]] {
        let letterRows = rows(compact: compact, capitals: capitals, telex: telex)
        guard digits, !compact else { return letterRows }
        let digitKeys = Array("1234567890").map { digit in
            Key(label: String(digit), action: .key(String(digit)), id: "key.\(digit)", units: 1, kind: .letter)
        }
        let slash = Key(label: "/", action: .key("/"), id: "key.slash", units: 1, kind: .letter)
        let comma = Key(label: ",", action: .key(","), id: "key.comma", units: 1, kind: .letter)
        return [digitKeys + [slash, comma]] + letterRows
    }

    static func rows(compact: Bool, capitals: Bool, telex: Bool?) -> [[Key]] {
        let letterKeys = letters.map { letter in
            Key(
                label: capitals ? letter.uppercased() : String(letter), action: .key(String(letter)),
                id: "key.\(letter)", units: 1, kind: .letter)
        }
        let tones = VietnameseTone.allCases.map { tone in
            Key(label: tone.sample, action: .tone(tone), id: "tone.\(tone.rawValue)", units: 1, kind: .tone)
        }
        let shift = Key(label: "⇧", action: .shift, id: "key.shift", units: 1, kind: .function)
        let apostrophe = Key(label: "'", action: .key("'"), id: "key.apostrophe", units: 1, kind: .letter)
        let left = Key(label: "◀", action: .moveCaret(-1), id: "key.left", units: 1, kind: .function)
        let right = Key(label: "▶", action: .moveCaret(1), id: "key.right", units: 1, kind: .function)
        let backspace = Key(label: "⌫", action: .backspace, id: "key.backspace", units: 1, kind: .function)
        if compact {
            let space = Key(label: "␣", action: .key(" "), id: "key.space", units: 1, kind: .function)
            return [
                Array(letterKeys[0..<11]), Array(letterKeys[11..<22]), Array(letterKeys[22..<33]),
                [shift] + tones + [apostrophe, space, left, right, backspace],
            ]
        }
        let hyphen = Key(label: "-", action: .key("-"), id: "key.hyphen", units: 1, kind: .letter)
        var last =
            [shift] + tones + [
                Key(label: "␣", action: .key(" "), id: "key.space", units: telex == nil ? 4 : 3, kind: .function)
            ]
        last += [left, right]
        if telex != nil {
            last.append(Key(label: "Telex", action: .toggleTelex, id: "key.telex", units: 1, kind: .function))
        }
        return [
            Array(letterKeys[0..<12]), Array(letterKeys[12..<24]),
            Array(letterKeys[24..<33]) + [apostrophe, hyphen, backspace], last,
        ]
    }
}
