extension VietnameseComposer {
    /// Telex: the letter acts on the word at the caret when it can; returns false to have it typed.
    ///
    /// s f r x j put the tone sắc, huyền, hỏi, ngã, nặng (the same letter again takes the tone off
    /// and types the letter: "ass" -> "as"); z takes the tone off; a e o after an a e o make â ê ô;
    /// w after a o u makes ă ơ ư ("uo" + w makes "ươ"); d after a word's initial d makes đ. A mark
    /// typed twice is undone and the letter typed ("aaa" -> "aa"). Nothing happens to a word that
    /// is not spelled like a Vietnamese syllable ("Ksor"), so foreign names type as they are.
    mutating func applyTelex(_ key: Character) -> Bool {
        let range = wordRange()
        let word = Array(characters[range])
        guard !word.isEmpty, VietnameseSyllable.isPlausible(word) else { return false }
        let letter = Character(key.lowercased())
        let tone = VietnameseSyllable.tone(of: word)
        if let typed = VietnameseTone(telexKey: letter), VietnameseSyllable.toneIndex(in: word) != nil {
            if typed == tone {
                characters.replaceSubrange(range, with: VietnameseSyllable.placing(nil, in: word))
                return false
            }
            characters.replaceSubrange(range, with: VietnameseSyllable.placing(typed, in: word))
            return true
        }
        if letter == "z" {
            guard tone != nil else { return false }
            characters.replaceSubrange(range, with: VietnameseSyllable.placing(nil, in: word))
            return true
        }
        guard let change = Self.telexMark(letter, in: word) else { return false }
        var letters = word
        for (index, base) in change.letters { letters[index] = Self.sameCase(base, as: letters[index]) }
        characters.replaceSubrange(range, with: VietnameseSyllable.placing(tone, in: letters))
        // An undone mark types its letter too.
        return change.undo ? insert(key) : true
    }

    /// The letters (index, new lower-case base) a mark key changes, and whether it undoes a mark.
    static func telexMark(_ key: Character, in word: [Character]) -> (letters: [(Int, Character)], undo: Bool)? {
        let bases = word.map(VietnameseLetter.lowerBase)
        func last(_ set: Set<Character>) -> Int? { bases.lastIndex(where: set.contains) }
        switch key {
        case "a", "e", "o":
            let hat: Character = key == "a" ? "â" : key == "e" ? "ê" : "ô"
            let plain: Set<Character> = key == "a" ? ["a", "ă"] : key == "o" ? ["o", "ơ"] : [key]
            if let index = last(plain) { return ([(index, hat)], false) }
            if let index = last([hat]) { return ([(index, key)], true) }
        case "w":
            if let u = bases.indices.dropLast().last(where: {
                ["u", "ư"].contains(bases[$0]) && ["o", "ơ", "ô"].contains(bases[$0 + 1])
            }), bases[u] != "ư" || bases[u + 1] != "ơ" {
                return ([(u, "ư"), (u + 1, "ơ")], false)
            }
            let horns: [Character: Character] = ["a": "ă", "â": "ă", "o": "ơ", "ô": "ơ", "u": "ư"]
            if let index = last(Set(horns.keys)), let marked = horns[bases[index]] { return ([(index, marked)], false) }
            let plain: [Character: Character] = ["ă": "a", "ơ": "o", "ư": "u"]
            if let index = last(Set(plain.keys)), let base = plain[bases[index]] { return ([(index, base)], true) }
        case "d":
            if bases.first == "d" { return ([(0, "đ")], false) }
            if bases.first == "đ" { return ([(0, "d")], true) }
        default:
            break
        }
        return nil
    }

    /// `base` in the case of `model`.
    static func sameCase(_ base: Character, as model: Character) -> Character {
        model.isUppercase ? Character(base.uppercased()) : base
    }
}
