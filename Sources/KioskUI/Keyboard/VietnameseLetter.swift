import Foundation

/// One Vietnamese letter taken apart: its base (with the breve, circumflex or horn that make
/// ă â ê ô ơ ư, and in its own case) and its tone mark.
enum VietnameseLetter {
    /// The vowels of the alphabet, lower case, without tone.
    static let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// The vowels that carry a vowel mark; the tone goes on them first.
    static let modifiedVowels: Set<Character> = ["ă", "â", "ê", "ô", "ơ", "ư"]

    /// The letter without its tone, and the tone (nil for ngang or a non-letter).
    static func split(_ letter: Character) -> (base: Character, tone: VietnameseTone?) {
        var tone: VietnameseTone?
        var rest = String.UnicodeScalarView()
        for scalar in String(letter).decomposedStringWithCanonicalMapping.unicodeScalars {
            if let found = VietnameseTone(mark: scalar) {
                tone = found
            } else {
                rest.append(scalar)
            }
        }
        guard tone != nil, let base = compose(String(rest)) else { return (letter, nil) }
        return (base, tone)
    }

    /// The letter's base with `tone` (nil: no tone), as one precomposed character.
    static func withTone(_ tone: VietnameseTone?, on letter: Character) -> Character? {
        let base = split(letter).base
        guard let tone else { return base }
        return compose(String(base) + String(Character(tone.mark)))
    }

    /// Whether the letter, ignoring tone and case, is a vowel.
    static func isVowel(_ letter: Character) -> Bool {
        vowels.contains(lowerBase(letter))
    }

    /// The toneless base in lower case: "Ấ" -> "â".
    static func lowerBase(_ letter: Character) -> Character {
        Character(String(split(letter).base).lowercased())
    }

    /// NFC as one character, or nil when the text does not compose to one.
    static func compose(_ text: String) -> Character? {
        let composed = text.precomposedStringWithCanonicalMapping
        guard composed.count == 1, let character = composed.first else { return nil }
        return character
    }
}
