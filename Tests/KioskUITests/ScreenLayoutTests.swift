import Foundation
import Testing

@testable import KioskUI

@Suite struct ScreenLayoutTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// Every screen of a full walk, built for one panel.
    func walk(_ metrics: Metrics, language: String) throws -> [Screen] {
        let builder = ScreenBuilder(metrics: metrics)
        var flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi", "en"])
        var screens = [builder.screen(for: flow)]
        let actions: [UIAction] = [
            .chooseLanguage(language), .chooseProcedure("birth-certificate-copy"), .next, .chooseOption("child"), .next,
            .key("2"), .next, .chooseOption("1"), .next, .chooseOption("post"), .next, .print,
        ]
        for action in actions {
            _ = flow.handle(action, at: now)
            screens.append(builder.screen(for: flow))
        }
        flow.printFinished(succeeded: false)
        screens.append(builder.screen(for: flow))
        _ = flow.handle(.retryPrint, at: now)
        flow.printFinished(succeeded: true)
        screens.append(builder.screen(for: flow))
        return screens
    }

    /// The birth form's walk, then every kind of question screen of the all-types form.
    func allScreens(_ metrics: Metrics, language: String) throws -> [Screen] {
        var walker = try Walker(metrics)
        walker.walkAllTypes(language: language)
        #expect(walker.flow.step == .review, "the all-types walk reaches the review")
        var stuck = try Walker(metrics)
        stuck.walkNeverStuck(language: language)
        return try walk(metrics, language: language) + walker.screens.map(\.screen) + stuck.screens.map(\.screen)
    }

    @Test(arguments: [(1280, 800, 217.0), (1920, 1080, 476.0), (800, 480, 154.0)])
    func everyTouchTargetIsAtLeast12mm(width: Int, height: Int, widthMM: Double) throws {
        let metrics = Metrics(widthPixels: width, heightPixels: height, widthMM: widthMM)
        for language in ["vi", "en"] {
            for screen in try allScreens(metrics, language: language) {
                if let smallest = screen.smallestTargetMM(metrics: metrics) {
                    #expect(smallest >= Metrics.minimumTargetMM, "\(screen.name) at \(width)x\(height)")
                }
                #expect(!screen.audio.isEmpty, "\(screen.name) speaks")
                #expect(
                    screen.audio.allSatisfy { !$0.isEmpty && $0 != UIStrings.say("") }, "\(screen.name) says something")
                if screen.name.hasPrefix("question.") || screen.name.hasPrefix("repeat.") {
                    for id in ["button.back", "button.listen"] {
                        #expect(screen.element(id: id)?.action != nil, "\(screen.name) has \(id)")
                    }
                    #expect(
                        screen.elements.contains { if case .dots = $0.content { true } else { false } },
                        "\(screen.name) shows progress")
                }
                for element in screen.elements {
                    #expect(
                        element.frame.minX >= 0 && element.frame.maxX <= Double(width) + 0.5,
                        "\(screen.name) \(element.id ?? "")")
                    #expect(
                        element.frame.minY >= 0 && element.frame.maxY <= Double(height) + 0.5,
                        "\(screen.name) \(element.id ?? "")")
                }
            }
        }
    }

    @Test(arguments: [(1280, 800, 217.0), (1920, 1080, 476.0), (800, 480, 154.0)])
    func touchTargetsDoNotOverlap(width: Int, height: Int, widthMM: Double) throws {
        let metrics = Metrics(widthPixels: width, heightPixels: height, widthMM: widthMM)
        for screen in try allScreens(metrics, language: "vi") {
            let targets = screen.elements.filter { $0.action != nil }
            for (i, a) in targets.enumerated() {
                for b in targets[(i + 1)...] {
                    let overlap =
                        a.frame.minX < b.frame.maxX && b.frame.minX < a.frame.maxX
                        && a.frame.minY < b.frame.maxY && b.frame.minY < a.frame.maxY
                    #expect(!overlap, "\(screen.name): \(a.id ?? "?") overlaps \(b.id ?? "?")")
                }
            }
        }
    }

    @Test func aTapIsAReleaseOnTheTargetItStartedOn() throws {
        let metrics = Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217)
        let screen = try walk(metrics, language: "vi")[0]
        let vi = try #require(screen.element(id: "language.vi"))
        let en = try #require(screen.element(id: "language.en"))
        var taps = TapRecognizer()
        #expect(taps.feed(TouchEvent(.down, at: vi.frame.center), on: screen) == nil)
        #expect(taps.feed(TouchEvent(.up, at: vi.frame.center), on: screen)?.action == .chooseLanguage("vi"))
        // Slid off onto another target: no tap.
        #expect(taps.feed(TouchEvent(.down, at: vi.frame.center), on: screen) == nil)
        #expect(taps.feed(TouchEvent(.up, at: en.frame.center), on: screen) == nil)
        // A second finger is not a tap.
        #expect(taps.feed(TouchEvent(.down, at: vi.frame.center, slot: 1), on: screen) == nil)
        #expect(taps.feed(TouchEvent(.up, at: vi.frame.center, slot: 1), on: screen) == nil)
        // A cancelled touch is not a tap.
        _ = taps.feed(TouchEvent(.down, at: en.frame.center), on: screen)
        _ = taps.feed(TouchEvent(.cancel, at: en.frame.center), on: screen)
        #expect(taps.feed(TouchEvent(.up, at: en.frame.center), on: screen) == nil)
    }
}
