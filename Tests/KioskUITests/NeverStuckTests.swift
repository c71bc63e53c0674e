import Foundation
import KioskForms
import Testing

@testable import KioskUI

/// Never stuck: still there?, the wipe, help, continue later and resume, assisted mode, device
/// problems, the rating — all through the flow's actions and an injected clock.
@Suite struct NeverStuckTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func started() throws -> CitizenFlow {
        var flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi", "en"])
        flow.idlePolicy = IdlePolicy(idle: 60, grace: 20)
        _ = flow.handle(.chooseLanguage("vi"), at: now)
        _ = flow.handle(.chooseProcedure("birth-certificate-copy"), at: now)
        flow.draftStarted(code: "12345674")
        _ = flow.handle(.chooseOption("parent"), at: now)
        _ = flow.handle(.next, at: now)
        return flow
    }

    @Test func stillThereThenTheWipe() throws {
        var flow = try started()
        #expect(flow.tick(at: now + 59) == [])
        #expect(flow.overlay == nil)
        #expect(flow.tick(at: now + 60) == [])
        #expect(flow.overlay == .stillThere)
        let builder = ScreenBuilder(metrics: Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        let screen = builder.screen(for: flow)
        #expect(screen.name == "still-there")
        #expect(screen.audio == ["ui.stillThere"], "the question is spoken as the screen opens")
        #expect(screen.element(id: "button.listen") != nil)
        // A touch brings the citizen back where they were, and the idle time starts again.
        _ = flow.handle(.stillHere, at: now + 70)
        #expect(flow.overlay == nil)
        #expect(flow.currentQuestion?.path == "/data/birth_year")
        #expect(flow.tick(at: now + 129) == [])
        #expect(flow.overlay == nil)
        #expect(flow.tick(at: now + 130) == [])
        #expect(flow.overlay == .stillThere)
        // Nobody: the unfinished draft goes and nothing of the citizen is kept.
        #expect(flow.tick(at: now + 150) == [.discardDraft, .endSession])
        #expect(flow.step == .language)
        #expect(flow.session == nil)
        #expect(flow.draftCode == nil)
        #expect(flow.tick(at: now + 1000) == [], "the first screen never times out")
    }

    @Test func nothingTimesOutWhilePrinting() throws {
        var flow = try started()
        for key in ["1", "9", "5", "0"] { _ = flow.handle(.key(key), at: now) }
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.chooseOption("2"), at: now)
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.chooseOption("office"), at: now)
        _ = flow.handle(.next, at: now)
        #expect(flow.step == .review)
        _ = flow.handle(.print, at: now)
        #expect(flow.tick(at: now + 500) == [])
        #expect(flow.step == .printing)
        flow.printFinished(succeeded: true)
        // After printing the draft is the citizen's paper: a wipe does not delete it.
        #expect(flow.tick(at: now + 580) == [.endSession])
    }

    @Test func continueLaterAndResume() throws {
        var flow = try started()
        _ = flow.handle(.help, at: now)
        #expect(flow.overlay == .help)
        #expect(flow.handle(.saveForLater, at: now) == [.saveForLater])
        #expect(flow.step == .saved)
        let builder = ScreenBuilder(metrics: Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        let saved = builder.screen(for: flow)
        #expect(saved.audio == ["ui.saved", "say:1 2 3 4 5 6 7 4", "ui.savedDetail"])
        let snapshot = try #require(try flow.session?.snapshot())
        #expect(flow.handle(.finish, at: now) == [.endSession], "a saved draft is not discarded")
        #expect(flow.session == nil)

        _ = flow.handle(.chooseLanguage("en"), at: now)
        _ = flow.handle(.openResume, at: now)
        #expect(flow.step == .resume)
        #expect(flow.handle(.next, at: now) == [.speak(["ui.required"])])
        for digit in "12345674" { _ = flow.handle(.key(String(digit)), at: now) }
        #expect(builder.screen(for: flow).name == "resume")
        #expect(flow.handle(.next, at: now) == [.resumeDraft(code: "12345674")])
        flow.resumeFailed()
        #expect(flow.problem == .unknownCode)
        #expect(builder.screen(for: flow).audio == ["ui.resumeLabel", "ui.unknownCode"])

        let form = try #require(try Fixtures.forms()["birth-certificate-copy"])
        flow.resume(
            procedure: "birth-certificate-copy", session: try FormSession(snapshot: snapshot, form: form),
            code: "12345674")
        #expect(flow.step == .question)
        #expect(flow.currentQuestion?.path == "/data/birth_year", "back where the citizen stopped")
        #expect(flow.session?.value(at: "/data/for_whom") == "parent")
        #expect(flow.draftCode == "12345674")
    }

    @Test func assistedModeKeepsTheSession() throws {
        var flow = try started()
        for key in ["1", "9"] { _ = flow.handle(.key(key), at: now) }
        let builder = ScreenBuilder(metrics: Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        let plain = builder.screen(for: flow)
        _ = flow.handle(.help, at: now)
        _ = flow.handle(.toggleAssisted, at: now)
        #expect(flow.assisted)
        #expect(flow.overlay == nil)
        #expect(flow.entry == "19", "what was typed stays")
        let dense = builder.screen(for: flow)
        #expect(dense.name == plain.name)
        #expect(dense != plain, "assisted mode lays the screen out another way")
        _ = flow.handle(.help, at: now)
        _ = flow.handle(.toggleAssisted, at: now)
        #expect(!flow.assisted)
        #expect(builder.screen(for: flow) == plain)
    }

    @Test(arguments: DeviceProblem.allCases)
    func deviceProblemsShowOverTheFlowAndKeepTheDraft(problem: DeviceProblem) throws {
        var flow = try started()
        let before = flow.session
        flow.deviceProblem(problem)
        let builder = ScreenBuilder(metrics: Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        let screen = builder.screen(for: flow)
        #expect(screen.name == "problem.\(problem.rawValue)")
        #expect(screen.audio == [UIStrings.prompt(problem.key)])
        #expect(screen.elements.contains { $0.content == .icon(problem.icon) })
        #expect(UIStrings.text(problem.key, "vi") != UIStrings.text(problem.key, "en"))
        _ = flow.handle(.back, at: now)
        #expect(flow.overlay == nil)
        #expect(flow.session == before)
    }

    @Test func aProblemWhilePrintingOffersToPrintAgain() throws {
        var flow = try started()
        for key in ["1", "9", "5", "0"] { _ = flow.handle(.key(key), at: now) }
        for action in [UIAction.next, .chooseOption("2"), .next, .chooseOption("office"), .next, .print] {
            _ = flow.handle(action, at: now)
        }
        flow.printFinished(succeeded: false)
        flow.deviceProblem(.printerOutOfPaper)
        let builder = ScreenBuilder(metrics: Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        #expect(builder.screen(for: flow).element(id: "button.retry")?.action == .retryPrint)
        #expect(flow.handle(.retryPrint, at: now) == [.print])
        #expect(flow.step == .printing)
        #expect(flow.overlay == nil)
    }

    @Test func theCaretGoesWhereTheFingerTaps() throws {
        var walker = try Walker(Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        walker.press("language.vi")
        walker.press("procedure.all-types")
        walker.type("lo2 van")
        let entry = try #require(walker.screen.element(id: "entry"))
        guard case .placeCaret(let stops) = entry.action else {
            Issue.record("the typed text is not a touch target")
            return
        }
        #expect(stops.count == "Lò Van".count + 1)
        #expect(stops == stops.sorted())
        // A tap just right of the third stop (before the space) puts the caret there.
        let action = try #require(entry.action(at: Point(x: stops[2] + 2, y: entry.frame.center.y)))
        #expect(action == .setCaret(2))
        walker.effects += walker.flow.handle(action, at: walker.now)
        walker.press("tone.sac")
        walker.press("key.backspace")
        #expect(walker.flow.entry == "L Van", "backspace deletes at the caret the finger put")
    }

    @Test func theReviewReadsTheAnswersBack() throws {
        var flow = try started()
        for key in ["1", "9", "5", "0"] { _ = flow.handle(.key(key), at: now) }
        for action in [UIAction.next, .chooseOption("2"), .next, .chooseOption("office"), .next] {
            _ = flow.handle(action, at: now)
        }
        let builder = ScreenBuilder(metrics: Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        let review = builder.screen(for: flow)
        #expect(review.name == "review")
        #expect(review.audio.first == "ui.review")
        // Each answer: the recorded label, then the value for the synthesiser.
        let birthYear = try #require(review.audio.firstIndex(of: "/data/birth_year:label"))
        #expect(review.audio[birthYear + 1] == "say:1950")
    }

    @Test func digitsAreOnTheKeyboardInAssistedModeNotForNames() throws {
        var walker = try Walker(Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217))
        walker.press("language.vi")
        walker.press("procedure.all-types")
        #expect(walker.screen.element(id: "key.1") == nil, "a name has no digits")
        walker.press("button.help")
        walker.press("button.assisted")
        for digit in "0123456789" {
            #expect(walker.screen.element(id: "key.\(digit)")?.action == .key(String(digit)))
        }
        walker.type("to")
        walker.press("key.space")
        walker.press("key.5")
        #expect(walker.flow.entry == "To 5")
        // The question moved into the top bar, so five rows of keys keep their 12 mm.
        let smallest = try #require(walker.screen.smallestTargetMM(metrics: walker.builder.metrics))
        #expect(smallest >= Metrics.minimumTargetMM)
    }
}
