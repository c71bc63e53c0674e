import Foundation
import Testing

@testable import KioskUI

/// Drives a flow by the ids of the targets on its screens, as a finger would, and keeps every
/// screen it saw.
struct Walker {
    let builder: ScreenBuilder
    var flow: CitizenFlow
    var screens: [(name: String, screen: Screen)] = []
    var effects: [CitizenFlow.Effect] = []
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    init(_ metrics: Metrics) throws {
        builder = ScreenBuilder(metrics: metrics)
        flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi", "en"])
    }

    var screen: Screen { builder.screen(for: flow) }

    /// Taps the target with `id` on the screen now shown; records an issue if there is none.
    mutating func press(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let action = screen.element(id: id)?.action else {
            Issue.record("no target \(id) on \(screen.name)", sourceLocation: sourceLocation)
            return
        }
        effects += flow.handle(action, at: now)
    }

    /// Types on the keyboard by key ids: digits 1-5 are the tone keys, " " the space bar.
    mutating func type(_ keys: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tones: [Character: VietnameseTone] = ["1": .sac, "2": .huyen, "3": .hoi, "4": .nga, "5": .nang]
        for key in keys {
            if let tone = tones[key] {
                press("tone.\(tone.rawValue)", sourceLocation: sourceLocation)
            } else {
                press(key == " " ? "key.space" : "key.\(key)", sourceLocation: sourceLocation)
            }
        }
    }

    mutating func shoot(_ suffix: String = "") {
        let screen = self.screen
        screens.append((screen.name + suffix, screen))
    }

    /// Every kind of question screen, in every state worth seeing.
    mutating func walkAllTypes(language: String) {
        shoot()
        press("language.\(language)")
        press("procedure.all-types")
        shoot()
        press("button.next")
        shoot("+required")
        type("nguyên4 thi5 hông2")
        shoot("+typed")
        press("key.left")
        press("key.left")
        shoot("+caret")
        press("button.next")
        shoot()  // birth date
        press("date.day.plus")
        press("date.month.minus")
        press("date.year.minus10")
        shoot("+changed")
        press("button.next")
        shoot()  // month-year
        press("button.next")
        for digit in "001234567890" { press("key.\(digit)") }
        shoot()  // id number
        press("button.next")
        for key in ["key.3", "key.decimal", "key.2", "key.5"] { press(key) }
        shoot()  // decimal
        press("button.next")
        press("key.2")
        shoot()  // int
        press("button.next")
        shoot()  // ethnic list
        press("list.down")
        shoot("+page2")
        press("list.filter")
        type("mong")
        shoot("+filtering")
        press("button.showList")
        shoot("+filtered")
        press("option.mong")
        press("button.next")
        press("option.vi")
        press("option.hmn")
        shoot()  // select tiles
        press("button.next")
        press("option.birth")
        press("option.id")
        shoot()  // select list
        press("button.next")
        shoot()  // note
        press("button.next")
        shoot()  // trigger
        press("button.next")
        press("option.yes")
        shoot()
        press("button.next")
        shoot()  // review
    }

    /// The screens that keep a citizen from being stuck: help, assisted mode (with its keyboard),
    /// still there?, every device problem, continue later, the resume pad, the rating.
    mutating func walkNeverStuck(language: String) {
        press("language.\(language)")
        shoot()
        press("procedure.all-types")
        press("button.help")
        shoot()
        press("button.assisted")
        shoot("+assisted")
        type("nguyên4")
        shoot("+assisted-typed")
        press("button.help")
        press("button.assisted")
        flow.draftStarted(code: "12345674")
        flow.idlePolicy = IdlePolicy(idle: 10, grace: 10)
        _ = flow.tick(at: now + 10)
        shoot()
        press("button.stillHere")
        for problem in DeviceProblem.allCases {
            flow.deviceProblem(problem)
            shoot()
            press("button.continue")
        }
        press("button.help")
        press("button.later")
        shoot()
        press("button.finish")
        press("language.\(language)")
        press("procedure.resume")
        for digit in "1234" { press("key.\(digit)") }
        shoot()
        flow.resumeFailed()
        shoot("+unknown")
        press("button.back")
        press("procedure.birth-certificate-copy")
        press("option.parent")
        press("button.next")
        for digit in "1950" { press("key.\(digit)") }
        for id in ["button.next", "option.2", "button.next", "option.office", "button.next", "button.print"] {
            press(id)
        }
        flow.printFinished(succeeded: true)
        shoot()
        press("button.finish")
        shoot()
        press("rate.3")
    }
}
