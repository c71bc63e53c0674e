import Foundation
import Testing

@testable import KioskUI

/// Types keys on a composer: digits 1-5 are the tone keys sắc, huyền, hỏi, ngã, nặng; "<" and ">"
/// move the caret; "⌫" deletes; "⇧" is shift; anything else is typed.
func compose(
    _ keys: String, mode: VietnameseComposer.Mode = .direct, capitals: VietnameseComposer.Capitals = .words,
    into start: VietnameseComposer? = nil
) -> VietnameseComposer {
    var composer = start ?? VietnameseComposer(mode: mode, capitals: capitals)
    let tones: [Character: VietnameseTone] = ["1": .sac, "2": .huyen, "3": .hoi, "4": .nga, "5": .nang]
    for key in keys {
        switch key {
        case "<": composer.moveCaret(by: -1)
        case ">": composer.moveCaret(by: 1)
        case "⌫": composer.backspace()
        case "⇧": composer.toggleShift()
        default:
            if let tone = tones[key] { composer.applyTone(tone) } else { composer.type(key) }
        }
    }
    return composer
}

/// Whether text is in NFC with every letter one scalar, as names are stored and printed.
func isPrecomposed(_ text: String) -> Bool {
    Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
}

@Suite struct VietnameseComposerTests {
    static let names: [(keys: String, name: String)] = [
        ("nguyên4 thi5 hông2 nhung", "Nguyễn Thị Hồng Nhung"),
        ("lo2 văn pao1", "Lò Văn Páo"),
        ("hoang2 thi5 thuy1", "Hoàng Thị Thúy"),
        ("đăng5 quy1", "Đặng Quý"),
        ("giang2 a dơ2", "Giàng A Dờ"),
        ("vư2 mi1 chư1", "Vừ Mí Chứ"),
        ("ksor h'bia", "Ksor H'Bia"),
        ("trân2 văn giưa4", "Trần Văn Giữa"),
        ("ngươi2 khoe3 hoa2 huynh2", "Người Khỏe Hòa Huỳnh"),
    ]

    @Test(arguments: names)
    func namesWithEveryToneTypeCorrectly(keys: String, name: String) {
        let text = compose(keys).text
        #expect(text == name)
        #expect(isPrecomposed(text), "one precomposed letter per letter")
    }

    static let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    static let marked: [VietnameseTone: String] = [
        .sac: "áắấéếíóốớúứý", .huyen: "àằầèềìòồờùừỳ", .hoi: "ảẳẩẻểỉỏổởủửỷ", .nga: "ãẵẫẽễĩõỗỡũữỹ",
        .nang: "ạặậẹệịọộợụựỵ",
    ]

    @Test(arguments: VietnameseTone.allCases)
    func everyToneOnEveryVowel(tone: VietnameseTone) throws {
        let expected = Array(try #require(Self.marked[tone]))
        for (vowel, result) in zip(Self.vowels, expected) {
            var composer = VietnameseComposer(capitals: .none)
            composer.type(Character(vowel))
            let applied = composer.applyTone(tone)
            #expect(applied)
            #expect(composer.text == String(result), "\(vowel) + \(tone)")
            #expect(composer.text.unicodeScalars.count == 1)
            var capital = VietnameseComposer(capitals: .words)
            capital.type(Character(vowel))
            capital.applyTone(tone)
            #expect(capital.text == String(result).uppercased(), "capital \(vowel) + \(tone)")
        }
    }

    /// The traditional placement, one case per rule.
    static let placements: [(word: String, tone: VietnameseTone, expected: String)] = [
        ("hoa", .huyen, "hòa"), ("thuy", .sac, "thúy"), ("khoe", .hoi, "khỏe"), ("mia", .sac, "mía"),
        ("mua", .sac, "múa"), ("pao", .sac, "páo"), ("tai", .huyen, "tài"), ("xoay", .sac, "xoáy"),
        ("hoan", .huyen, "hoàn"), ("huynh", .huyen, "huỳnh"), ("toan", .sac, "toán"),
        ("thuyên", .huyen, "thuyền"), ("ngươi", .huyen, "người"), ("rươu", .nang, "rượu"), ("hưu", .nga, "hữu"),
        ("tuân", .nang, "tuận"), ("gưi", .hoi, "gửi"), ("quôc", .sac, "quốc"),
        ("quy", .sac, "quý"), ("qua", .huyen, "quà"), ("quyên", .huyen, "quyền"),
        ("giưa", .nga, "giữa"), ("gia", .huyen, "già"), ("giêng", .sac, "giếng"), ("gi", .huyen, "gì"),
        ("gin", .huyen, "gìn"), ("ngoai", .huyen, "ngoài"), ("khuyu", .hoi, "khuỷu"), ("chiu", .nang, "chịu"),
    ]

    @Test(arguments: placements)
    func toneGoesWhereTheTraditionalConventionPutsIt(word: String, tone: VietnameseTone, expected: String) {
        var composer = VietnameseComposer(word, capitals: .none)
        let applied = composer.applyTone(tone)
        #expect(applied)
        #expect(composer.text == expected)
    }

    @Test func theToneFollowsTheWordAsItGrows() {
        #expect(compose("ho2a", capitals: .none).text == "hòa", "tone before the last vowel")
        #expect(compose("ho2an", capitals: .none).text == "hoàn", "a final consonant moves it")
        #expect(compose("ho2an⌫", capitals: .none).text == "hòa", "deleting the consonant moves it back")
        #expect(compose("ngư2ơi", capitals: .none).text == "người", "a marked vowel takes it")
        #expect(compose("thuyê2n⌫⌫", capitals: .none).text == "thuy", "a deleted letter takes its tone along")
    }

    @Test func theSameToneAgainRemovesItAnotherReplacesIt() {
        #expect(compose("hoa22", capitals: .none).text == "hoa")
        #expect(compose("hoa21", capitals: .none).text == "hóa")
        #expect(compose("hoa215", capitals: .none).text == "họa")
        var composer = VietnameseComposer("m", capitals: .none)
        let applied = composer.applyTone(.sac)
        #expect(!applied, "no vowel, no tone")
        #expect(composer.text == "m")
        var empty = VietnameseComposer()
        let appliedEmpty = empty.applyTone(.sac)
        #expect(!appliedEmpty)
    }

    @Test func theCaretMovesAndEditsHappenThere() {
        var composer = compose("lo van pao")
        #expect(composer.caret == 10)
        composer = compose("<<<<<<<<1", into: composer)
        #expect(composer.text == "Ló Van Pao", "a tone key marks the word at the caret")
        composer = compose("2>>>⌫ă>>>>>>>1", into: composer)
        #expect(composer.text == "Lò Văn Páo")
        #expect(composer.caret == 10, "the caret stops at the end")
        composer = compose("<<<<<<<<<<<<<<x", into: composer)
        #expect(composer.text == "XLò Văn Páo", "the caret stops at the start, and a letter there is a capital")
    }

    @Test func capitals() {
        #expect(compose("ksor h'bia nay-y").text == "Ksor H'Bia Nay-Y", "words: after space, apostrophe, hyphen")
        #expect(compose("thôn ba", capitals: .sentence).text == "Thôn ba")
        #expect(compose("thôn ba", capitals: .none).text == "thôn ba")
        #expect(compose("⇧giàng a").text == "giàng A", "shift turns one letter the other way")
        #expect(compose("⇧thôn", capitals: .none).text == "Thôn")
        var composer = VietnameseComposer()
        #expect(composer.capitalNext)
        composer.toggleShift()
        #expect(!composer.capitalNext)
        composer.type("a")
        #expect(composer.capitalNext == false, "inside a word: small letters")
        #expect(!composer.shifted, "shift lasts one letter")
    }

    @Test func spacesAreNeverDoubledOrLeading() {
        #expect(compose("  lò  văn ").text == "Lò Văn ")
        var composer = VietnameseComposer(maximumLength: 3)
        for key in "abcd" { composer.type(key) }
        #expect(composer.text == "Abc")
    }

    static let telex: [(keys: String, name: String)] = [
        ("nguyeenx thij hoongf nhung", "Nguyễn Thị Hồng Nhung"),
        ("lof vawn paos", "Lò Văn Páo"),
        ("hoangf thij thuys", "Hoàng Thị Thúy"),
        ("ddawngj quys", "Đặng Quý"),
        ("giangf a dowf", "Giàng A Dờ"),
        ("vuwf mis chuws", "Vừ Mí Chứ"),
        ("ksor h'bia", "Ksor H'Bia"),
        ("nguwowfi", "Người"),
        ("nguoiwf", "Người"),
        ("traanf giuwax", "Trần Giữa"),
    ]

    @Test(arguments: telex)
    func telexTypesTheSameNames(keys: String, name: String) {
        let text = compose(keys, mode: .telex).text
        #expect(text == name)
        #expect(isPrecomposed(text))
    }

    @Test func telexUndoAndRemoval() {
        #expect(compose("ass", mode: .telex).text == "As", "the tone letter again types itself")
        #expect(compose("aaa", mode: .telex).text == "Aa", "a mark typed twice is undone")
        #expect(compose("aww", mode: .telex).text == "Aw")
        #expect(compose("ddd", mode: .telex).text == "Dd")
        #expect(compose("asz", mode: .telex).text == "A", "z takes the tone off")
        #expect(compose("z", mode: .telex).text == "Z")
        #expect(compose("tos" + "o", mode: .telex).text == "Tố", "a marked letter keeps its tone")
        #expect(compose("tojw", mode: .telex).text == "Tợ")
        #expect(compose("wang", mode: .telex).text == "Wang", "w with no vowel to mark is a letter")
        #expect(compose("hoa2", mode: .telex).text == "Hòa", "tone keys work in Telex too")
    }
}
