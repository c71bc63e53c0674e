/// Where a tone mark goes in a word, and whether a word can be a Vietnamese syllable.
///
/// The convention is the traditional placement ("kiểu cũ") that identity cards, birth certificates
/// and most printed names use — "hòa", "thúy", "khỏe", but "hoàn", "thuyền", "quý", "giữa":
/// 1. The tone goes on the word's last run of vowels (the nucleus). The "u" of "qu" and the "i" of
///    "gi" are part of the initial consonant when another vowel follows ("quý", "giữa"), and a
///    vowel on their own when none does ("gì").
/// 2. If the nucleus has a vowel with a mark (ă â ê ô ơ ư), the tone goes on it, on the last of
///    them for "ươ" ("người", "thuyền", "giữa").
/// 3. Otherwise three vowels take it on the middle one ("ngoài", "khuỷu"); two vowels take it on
///    the second when a consonant ends the word ("hoàn", "Huỳnh") and on the first when none does
///    ("hòa", "thúy", "khỏe", "mía", "Páo"); one vowel takes it.
///
/// A word with several vowel runs (a non-Vietnamese name such as "Ayun") is treated as its last
/// syllable; a word with no vowel takes no tone.
enum VietnameseSyllable {
    /// The index in `word` of the letter that carries the tone, or nil when the word has no vowel.
    static func toneIndex(in word: [Character]) -> Int? {
        let bases = word.map(VietnameseLetter.lowerBase)
        guard let end = bases.lastIndex(where: VietnameseLetter.vowels.contains) else { return nil }
        var start = end
        while start > 0, VietnameseLetter.vowels.contains(bases[start - 1]) { start -= 1 }
        // "qu" and "gi" followed by a vowel: the u / i belongs to the initial consonant.
        if start < end, start > 0,
            (bases[start - 1] == "q" && bases[start] == "u") || (bases[start - 1] == "g" && bases[start] == "i")
        {
            start += 1
        }
        let nucleus = start...end
        if let marked = nucleus.last(where: { VietnameseLetter.modifiedVowels.contains(bases[$0]) }) {
            return marked
        }
        switch nucleus.count {
        case 1: return start
        case 2: return end < bases.count - 1 ? end : start
        default: return start + 1
        }
    }

    /// The word with its tone taken off and put back by the convention (nil: no tone). A word
    /// with no vowel is returned without tone.
    static func placing(_ tone: VietnameseTone?, in word: [Character]) -> [Character] {
        var letters = word.map { VietnameseLetter.split($0).base }
        guard let tone, let index = toneIndex(in: letters),
            let marked = VietnameseLetter.withTone(tone, on: letters[index])
        else { return letters }
        letters[index] = marked
        return letters
    }

    /// The tone of a word: the first tone mark found on any of its letters.
    static func tone(of word: [Character]) -> VietnameseTone? {
        word.lazy.compactMap { VietnameseLetter.split($0).tone }.first
    }

    static let initials: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// Whether a word is spelled like one Vietnamese syllable: an initial consonant, one run of
    /// vowels, a final consonant. Telex only turns letters into marks inside such words, so that
    /// "Ksor" or "Mlo" typed in Telex keep their letters. A word with no vowel yet is plausible when
    /// it is an initial.
    static func isPlausible(_ word: [Character]) -> Bool {
        let bases = word.map(VietnameseLetter.lowerBase)
        // No vowel yet: the start of an initial ("d" before "dd" makes "đ").
        guard let first = bases.firstIndex(where: VietnameseLetter.vowels.contains) else {
            return initials.contains(String(bases))
        }
        var end = first
        while end + 1 < bases.count, VietnameseLetter.vowels.contains(bases[end + 1]) { end += 1 }
        var initial = String(bases[..<first])
        // "qu" and "gi" swallow a vowel letter into the initial.
        if first < end, (initial == "q" && bases[first] == "u") || (initial == "g" && bases[first] == "i") {
            initial.append(bases[first])
        }
        return initials.contains(initial) && finals.contains(String(bases[(end + 1)...]))
    }
}
