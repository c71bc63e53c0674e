/// The text typed on the Vietnamese keyboard, with its caret: letters, direct tone keys, Telex,
/// automatic capitals. Pure: the flow holds one per text question and the screen shows `text`.
///
/// Conventions:
/// - Tones follow ``VietnameseSyllable`` (the traditional placement of names on ID cards). A tone
///   belongs to the word, not to a letter: it is put back by the rule after every letter typed or
///   deleted in the word, so "h o ` a" and "h o a `" both give "hòa", and typing "n" after it gives
///   "hoàn". The same tone key again removes the tone; another tone key replaces it.
/// - Backspace deletes the whole letter before the caret, tone and all.
/// - The caret moves with left and right keys, one letter at a time (`moveCaret(by:)`); every edit
///   happens at the caret.
/// - Capitals: `.words` (names, places) makes the first letter of every word a capital — a word
///   starts after a space, an apostrophe or a hyphen, so "Ksor H'Bia" — `.sentence` only the first
///   letter of the text, `.none` none. The shift key turns the next letter the other way.
/// - A space is not typed at the start, or next to another space.
public struct VietnameseComposer: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        /// Letters are letters; tones come from the tone keys.
        case direct
        /// Also Telex: s f r x j put a tone, z takes it off, aa ee oo aw ow uw dd make the marked
        /// letters. The tone keys still work.
        case telex
    }

    public enum Capitals: Sendable, Equatable { case words, sentence, none }

    public internal(set) var characters: [Character]
    /// Where the next letter goes, 0...characters.count.
    public internal(set) var caret: Int
    public var mode: Mode
    public var capitals: Capitals
    /// The shift key was pressed: the next letter goes against the automatic capitals.
    public private(set) var shifted = false
    public let maximumLength: Int

    /// Starts with `text` (an earlier answer) and the caret at its end.
    public init(_ text: String = "", mode: Mode = .direct, capitals: Capitals = .words, maximumLength: Int = 120) {
        characters = Array(text.precomposedStringWithCanonicalMapping)
        caret = characters.count
        self.mode = mode
        self.capitals = capitals
        self.maximumLength = maximumLength
    }

    public var text: String { String(characters) }

    /// Whether the next letter typed is a capital; the keys show their letters so.
    public var capitalNext: Bool {
        let automatic: Bool =
            switch capitals {
            case .none: false
            case .words: caret == 0 || !characters[caret - 1].isLetter
            case .sentence: characters[..<caret].allSatisfy(\.isWhitespace)
            }
        return automatic != shifted
    }

    /// Types one key at the caret: a letter (cased as `capitalNext` says), a space, an apostrophe,
    /// a hyphen. In Telex mode a tone or mark letter acts on the word instead when the word is
    /// spelled like a Vietnamese syllable. Returns false when nothing changed.
    @discardableResult
    public mutating func type(_ key: Character) -> Bool {
        if mode == .telex, key.isLetter, applyTelex(key) { return true }
        return insert(key)
    }

    /// Puts `tone` on the word at the caret, or takes it off when the word already has it.
    /// Returns false when there is no word or it has no vowel.
    @discardableResult
    public mutating func applyTone(_ tone: VietnameseTone) -> Bool {
        let range = wordRange()
        let word = Array(characters[range])
        guard VietnameseSyllable.toneIndex(in: word) != nil else { return false }
        let current = VietnameseSyllable.tone(of: word)
        characters.replaceSubrange(range, with: VietnameseSyllable.placing(current == tone ? nil : tone, in: word))
        return true
    }

    /// Deletes the letter before the caret.
    @discardableResult
    public mutating func backspace() -> Bool {
        guard caret > 0 else { return false }
        let removed = characters.remove(at: caret - 1)
        caret -= 1
        if removed.isLetter { retone() }
        return true
    }

    /// Moves the caret by `offset` letters, within the text.
    public mutating func moveCaret(by offset: Int) {
        caret = min(max(0, caret + offset), characters.count)
    }

    /// The shift key: the next letter only goes against the automatic capitals; pressed again, no more.
    public mutating func toggleShift() {
        shifted.toggle()
    }

    /// Inserts a key as it is (letters take the case `capitalNext` says).
    mutating func insert(_ key: Character) -> Bool {
        guard characters.count < maximumLength, !key.isNewline else { return false }
        var typed = key
        if key.isWhitespace {
            let before = caret > 0 ? characters[caret - 1] : nil
            let after = caret < characters.count ? characters[caret] : nil
            guard let before, !before.isWhitespace, after?.isWhitespace != true else { return false }
            typed = " "
        } else if key.isLetter {
            typed = Character(capitalNext ? key.uppercased() : key.lowercased())
            shifted = false
        }
        characters.insert(typed, at: caret)
        caret += 1
        if typed.isLetter { retone() }
        return true
    }

    /// The letters of the word around the caret (empty when the caret touches no letter).
    func wordRange() -> Range<Int> {
        var start = caret
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        var end = caret
        while end < characters.count, characters[end].isLetter { end += 1 }
        return start..<end
    }

    /// Puts the word's tone back where the convention says, after its letters changed. A word with
    /// more than one tone (two words run together) is left alone rather than lose one.
    mutating func retone() {
        let range = wordRange()
        let word = Array(characters[range])
        guard word.filter({ VietnameseLetter.split($0).tone != nil }).count <= 1 else { return }
        characters.replaceSubrange(range, with: VietnameseSyllable.placing(VietnameseSyllable.tone(of: word), in: word))
    }
}
