import Foundation

extension Question {
    /// The canonical form of an answer to this question, or `.invalidValue`.
    ///
    /// The value is trimmed first (a stray space from the on-screen keyboard is no part of an
    /// answer). Selects are checked against their items whatever the bind type says, since pyxform
    /// binds them as `string`. `choices` are the items, or the itemset's as evaluated now; `path`
    /// is the concrete path named in errors. The caller handles the empty answer ("no answer").
    func canonicalValue(_ raw: String, choices: [Choice], path: String) throws(FormError) -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        // XML 1.0 cannot carry these at all, so such an answer could never be submitted.
        guard !value.unicodeScalars.contains(where: Self.isForbiddenInXML) else {
            throw .invalidValue(path: path, value: raw, expected: dataType)
        }
        switch control {
        case .select1:
            guard choices.contains(where: { $0.value == value }) else {
                throw .invalidValue(path: path, value: raw, expected: .select1)
            }
            return value
        case .select:
            var picked: [String] = []
            for token in value.split(whereSeparator: \.isWhitespace).map(String.init) where !picked.contains(token) {
                guard choices.contains(where: { $0.value == token }) else {
                    throw .invalidValue(path: path, value: raw, expected: .select)
                }
                picked.append(token)
            }
            return picked.joined(separator: " ")
        case .input, .trigger:
            guard let canonical = dataType.canonical(value) else {
                throw .invalidValue(path: path, value: raw, expected: dataType)
            }
            return canonical
        }
    }

    /// Characters outside XML 1.0's Char production (C0 controls other than tab, LF, CR; U+FFFE/F).
    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
