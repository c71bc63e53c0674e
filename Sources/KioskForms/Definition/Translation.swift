import Foundation

/// One itext translation: every text of the form in one language, with its media.
struct Translation: Sendable, Equatable {
    /// The language code: the part in parentheses at the end of the lang attribute, e.g. "vi".
    var code: String
    /// The whole lang attribute, e.g. "Tiếng Việt (vi)".
    var name: String
    var isDefault: Bool
    /// itext id -> its values by form.
    var texts: [String: [TextForm: TextTemplate]]

    /// Takes the code out of a lang attribute: pyxform writes "Name (code)", older forms just a name.
    static func code(fromLang lang: String) -> String {
        let trimmed = lang.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return trimmed }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        return inner.isEmpty ? trimmed : inner
    }
}
