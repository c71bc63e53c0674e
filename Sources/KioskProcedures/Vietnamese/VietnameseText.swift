import Foundation

/// Text helpers shared by the Vietnamese rules, the administrative units and the catalog search.
public enum VietnameseText {
    /// The key under which text is searched: what remains when tone marks, vowel marks, case, spacing
    /// and punctuation are taken away.
    ///
    /// "Xã Lũng Cú", "lung cu", "LŨNGCÚ" and "lũng-cú" all give "xalungcu" / "lungcu", so a citizen or a
    /// volunteer typing without diacritics, or with the spaces in the wrong place, still finds the
    /// place. The folding is: canonical decomposition (NFD), combining marks removed (tones, the breve
    /// of ă, the circumflex of â ê ô, the horn of ơ ư), đ and Đ to d, lower case, and only letters and
    /// digits kept. Both tone placements ("hoà", "hòa") give the same key.
    public static func searchKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if scalar == "đ" || scalar == "Đ" {
                key.append("d")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(key)
    }

    /// Unicode NFC, white space trimmed, and every run of white space made one space: the form in which
    /// names are compared, stored and printed.
    public static func normalizedSpacing(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
