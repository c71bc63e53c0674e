/// Whole numbers in Vietnamese words, as written on forms ("bằng chữ") and read by the voice prompts:
/// 1985 → "một nghìn chín trăm tám mươi lăm".
///
/// The conventions (standard written Vietnamese; the regional variants are options of ``Style``):
/// - 10–19 are "mười …", 20 and up "… mươi …";
/// - a final 1 after "mươi" is "mốt" (21 "hai mươi mốt"), but "một" after "mười" and "linh"
///   (11 "mười một", 101 "một trăm linh một");
/// - a final 5 after "mười"/"mươi" is "lăm" (15 "mười lăm", 25 "hai mươi lăm"), never the colloquial
///   "nhăm"; after "linh" and alone it is "năm" (105 "một trăm linh năm");
/// - a final 4 after "mươi" is "tư" (24 "hai mươi tư"; ``Style/fourAfterTens`` gives "bốn"),
///   but "bốn" after "mười" and "linh" (14 "mười bốn", 104 "một trăm linh bốn");
/// - a zero tens digit before a non-zero unit is "linh" (``Style/zeroTens`` gives the southern "lẻ");
/// - below the leading group of three digits, every group is read in full, so a zero hundreds digit is
///   "không trăm" (1005 "một nghìn không trăm linh năm", 2026 "hai nghìn không trăm hai mươi sáu");
///   groups that are all zeros are left out (1 000 000 "một triệu", 1 000 005 "một triệu không trăm
///   linh năm");
/// - the groups are "nghìn" (northern and official; ``Style/thousand`` gives "ngàn"), "triệu",
///   "tỷ", and past a billion the count of billions is read first: 10¹² "một nghìn tỷ";
/// - zero is "không"; a negative number starts with "âm".
public enum VietnameseNumberWords {
    /// Regional choices; the defaults are the forms of official documents.
    public struct Style: Sendable, Hashable {
        /// "linh" (default) or "lẻ" for a zero tens digit: 105 "một trăm linh năm" / "một trăm lẻ năm".
        public var zeroTens: String
        /// "tư" (default) or "bốn" for a final 4 after "mươi": 24 "hai mươi tư" / "hai mươi bốn".
        public var fourAfterTens: String
        /// "nghìn" (default) or "ngàn".
        public var thousand: String

        public init(zeroTens: String = "linh", fourAfterTens: String = "tư", thousand: String = "nghìn") {
            self.zeroTens = zeroTens
            self.fourAfterTens = fourAfterTens
            self.thousand = thousand
        }

        public static let standard = Style()
    }

    static let digitWords = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// The number in words, lower case.
    public static func words(_ number: Int, style: Style = .standard) -> String {
        if number == 0 { return digitWords[0] }
        let magnitude = number.magnitude
        let body = groups(magnitude, leading: true, style: style).joined(separator: " ")
        return number < 0 ? "âm " + body : body
    }

    /// Reads a non-zero number; `leading` is false when higher groups were read before it.
    private static func groups(_ number: UInt, leading: Bool, style: Style) -> [String] {
        let billion: UInt = 1_000_000_000
        if number >= billion {
            var words = groups(number / billion, leading: leading, style: style) + ["tỷ"]
            if number % billion > 0 { words += groups(number % billion, leading: false, style: style) }
            return words
        }
        var words: [String] = []
        var first = leading
        for (value, name) in [
            (number / 1_000_000, "triệu"), (number / 1000 % 1000, style.thousand), (number % 1000, ""),
        ]
        where value > 0 {
            words += triple(Int(value), full: !first, style: style)
            if !name.isEmpty { words.append(name) }
            first = false
        }
        return words
    }

    /// Reads 1...999; `full` reads the hundreds even when zero ("không trăm").
    private static func triple(_ value: Int, full: Bool, style: Style) -> [String] {
        let hundreds = value / 100
        let tens = value / 10 % 10
        let units = value % 10
        var words: [String] = []
        if full || hundreds > 0 { words += [digitWords[hundreds], "trăm"] }
        switch tens {
        case 0:
            if units > 0 {
                if !words.isEmpty { words.append(style.zeroTens) }
                words.append(digitWords[units])
            }
        case 1:
            words.append("mười")
            if units > 0 { words.append(units == 5 ? "lăm" : digitWords[units]) }
        default:
            words += [digitWords[tens], "mươi"]
            switch units {
            case 0: break
            case 1: words.append("mốt")
            case 4: words.append(style.fourAfterTens)
            case 5: words.append("lăm")
            default: words.append(digitWords[units])
            }
        }
        return words
    }
}
