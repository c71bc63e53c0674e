import Foundation

/// Personal names as the civil-status forms write them.
public enum VietnameseName {
    /// NFC, trimmed, single spaces, and every word capitalised: " nguyễn  văn   an " → "Nguyễn Văn An",
    /// "ĐINH thị hoa" → "Đinh Thị Hoa".
    ///
    /// A letter after an apostrophe or a hyphen also starts a word, as in names of the Central
    /// Highlands peoples: "h'hen niê" → "H'Hen Niê", "ksor h’bia" → "Ksor H’Bia". The apostrophe is kept
    /// as typed. Letters are changed by Unicode case mapping, which is right for every Vietnamese
    /// letter (đ/Đ, ư/Ư, ơ/Ơ with any tone).
    public static func normalized(_ text: String) -> String {
        var result = ""
        var startsWord = true
        for character in VietnameseText.normalizedSpacing(text) {
            if character.isLetter {
                result += startsWord ? character.uppercased() : character.lowercased()
                startsWord = false
            } else {
                result.append(character)
                startsWord = character == " " || character == "-" || character == "'" || character == "’"
            }
        }
        return result.precomposedStringWithCanonicalMapping
    }

    /// ``normalized(_:)`` in capitals, for forms that write names so: "NGUYỄN VĂN AN".
    public static func uppercased(_ text: String) -> String {
        normalized(text).uppercased().precomposedStringWithCanonicalMapping
    }
}
