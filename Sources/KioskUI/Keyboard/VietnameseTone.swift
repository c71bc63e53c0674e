/// The five marked tones of Vietnamese (the sixth, ngang, is the absence of a mark).
public enum VietnameseTone: String, Sendable, Hashable, CaseIterable {
    case sac, huyen, hoi, nga, nang

    /// The combining mark that writes the tone.
    public var mark: Unicode.Scalar {
        switch self {
        case .sac: "\u{0301}"
        case .huyen: "\u{0300}"
        case .hoi: "\u{0309}"
        case .nga: "\u{0303}"
        case .nang: "\u{0323}"
        }
    }

    /// The tone on a sample vowel, as its key shows it: "á", "à", "ả", "ã", "ạ".
    public var sample: String { VietnameseLetter.withTone(self, on: "a").map(String.init) ?? "a" }

    /// The tone's Vietnamese name, as taught in school ("dấu sắc").
    public var name: String {
        switch self {
        case .sac: "sắc"
        case .huyen: "huyền"
        case .hoi: "hỏi"
        case .nga: "ngã"
        case .nang: "nặng"
        }
    }

    /// The Telex letter that types this tone.
    public var telexKey: Character {
        switch self {
        case .sac: "s"
        case .huyen: "f"
        case .hoi: "r"
        case .nga: "x"
        case .nang: "j"
        }
    }

    /// The tone written by a combining mark, if it is one of the five.
    init?(mark: Unicode.Scalar) {
        guard let tone = Self.allCases.first(where: { $0.mark == mark }) else { return nil }
        self = tone
    }

    /// The tone a Telex letter types.
    init?(telexKey: Character) {
        guard let tone = Self.allCases.first(where: { $0.telexKey == telexKey }) else { return nil }
        self = tone
    }
}
