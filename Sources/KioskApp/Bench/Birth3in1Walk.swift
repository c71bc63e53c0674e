import Foundation
import KioskUI

/// The "3 in 1" filled by touch through a headless terminal, as the xdotool walk does in the X11
/// window: a Hmong mother in Lũng Cú (Birth3in1Tests.hmongFamily), the date of birth the picker's
/// default. Used by `kiosk bench ui` (memory after a full walk, render times per screen type).
@MainActor
struct Birth3in1Walk {
    static let plan: [String: String] = [
        "/data/requester/relation": "mother", "/data/requester/phone": "0912345678",
        "/data/child/child_name": "Giàng Thị Mai", "/data/child/child_sex": "female",
        "/data/child/birth_place": "facility", "/data/child/facility_name": "Trạm Y Tế Xã Lũng Cú",
        "/data/child/birth_address/birth_province": "08", "/data/child/birth_address/birth_commune": "00715",
        "/data/child/child_ethnicity": "mong", "/data/child/child_nationality": "vn",
        "/data/mother/mother_name": "Vàng Thị Dợ", "/data/mother/mother_birth_year": "1998",
        "/data/mother/mother_id": "002198004512", "/data/mother/mother_ethnicity": "mong",
        "/data/mother/mother_nationality": "vn", "/data/mother/mother_address/mother_province": "08",
        "/data/mother/mother_address/mother_commune": "00715",
        "/data/mother/mother_address/mother_village": "Thôn Lô Lô Chải",
        "/data/father/father_declared": "yes", "/data/father/father_details/father_name": "Giàng Seo Chứ",
        "/data/father/father_details/father_birth_year": "1996",
        "/data/father/father_details/father_id": "002096001234",
        "/data/father/father_details/father_ethnicity": "mong",
        "/data/father/father_details/father_nationality": "vn",
        "/data/father/father_details/father_same_home": "yes", "/data/origin/home_town_of": "father",
        "/data/origin/home_town": "Xã Lũng Cú", "/data/residence/head_who": "father",
        "/data/residence/home_is_mothers": "yes", "/data/insurance/first_care": "commune_station",
        "/data/result/copies": "1", "/data/result/receive": "office",
    ]

    let terminal: Terminal
    var language = "vi"
    /// Called on every screen the walk reaches, before it acts there.
    var visit: (Screen) -> Void = { _ in }

    /// Walks from the language screen to the review; throws when a target is missing or an answer refused.
    func run() throws(AppError) {
        try press("language.\(language)")
        try press("procedure.birth-3in1")
        var steps = 0
        while terminal.flow.step == .question, let question = terminal.flow.currentQuestion {
            steps += 1
            guard steps < 200 else { throw AppError("walk: stuck on \(terminal.screen.name)") }
            visit(terminal.screen)
            if let answer = Self.plan[question.path] {
                let targets = terminal.screen.elements.compactMap(\.id)
                if targets.contains("key.a") {
                    for key in Self.keys(for: answer) { try press(key) }
                } else if targets.contains("key.0") {
                    for digit in answer { try press("key.\(digit)") }
                } else {
                    while terminal.screen.element(id: "option.\(answer)") == nil {
                        guard terminal.screen.element(id: "list.down")?.action != nil else {
                            throw AppError("walk: no choice \(answer) for \(question.path)")
                        }
                        try press("list.down")
                    }
                    try press("option.\(answer)")
                }
            }
            let before = terminal.screen.name
            try press("button.next")
            if terminal.screen.name == before { throw AppError("walk: \(question.path) refused") }
        }
        visit(terminal.screen)
    }

    func press(_ id: String) throws(AppError) {
        guard terminal.tap(id) else { throw AppError("walk: no \(id) on \(terminal.screen.name)") }
    }

    /// The keys that type `text` on the Vietnamese keyboard: each word's letters (â ă ê ô ơ ư đ are
    /// keys), then its tone key; capitals come by themselves.
    static func keys(for text: String) -> [String] {
        let tones: [Unicode.Scalar: String] = [
            "\u{301}": "tone.sac", "\u{300}": "tone.huyen", "\u{309}": "tone.hoi", "\u{303}": "tone.nga",
            "\u{323}": "tone.nang",
        ]
        var keys: [String] = []
        for (index, word) in text.lowercased().split(separator: " ").enumerated() {
            if index > 0 { keys.append("key.space") }
            var tone: String?
            for scalar in String(word).decomposedStringWithCanonicalMapping.unicodeScalars {
                if let key = tones[scalar] {
                    tone = key
                } else if scalar.properties.canonicalCombiningClass != .notReordered, let last = keys.popLast() {
                    let letter = String(last.dropFirst(4)) + String(scalar)
                    keys.append("key." + letter.precomposedStringWithCanonicalMapping)
                } else {
                    keys.append(scalar == "'" ? "key.apostrophe" : "key.\(scalar)")
                }
            }
            if let tone { keys.append(tone) }
        }
        return keys
    }
}
