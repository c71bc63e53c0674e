import Foundation
import KioskUI

/// The "3 in 1" filled by touch through a headless terminal, as the xdotool walk does in the X11
/// window: the Hmong mother in Lũng Cú of Assets/examples, the date of birth the picker's default.
/// Used by `kiosk bench ui` (memory after a full walk, render times per screen type) and the
/// screenshot tour.
@MainActor
struct Birth3in1Walk {
    static let example = "birth-3in1.hmong-facility-father"

    let terminal: Terminal
    /// The answers typed and chosen, by path.
    let plan: [String: String]
    let language: String
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
            if let answer = plan[question.path] {
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

    /// The walk of the example's answers: the date picker keeps its default (today), and the home
    /// town is typed without its province, as the keyboard on that screen has no comma.
    init(terminal: Terminal, assets: Assets, language: String = "vi") throws(AppError) {
        var plan = try assets.example(Self.example)
        plan["/data/child/dob"] = nil
        plan["/data/origin/home_town"] = plan["/data/origin/home_town"]?.split(separator: ",").first.map(String.init)
        self.terminal = terminal
        self.plan = plan
        self.language = language
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
