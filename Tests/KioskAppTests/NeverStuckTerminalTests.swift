import Foundation
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskStore
import KioskTesting
import KioskUI
import Testing

@testable import KioskApp

/// The ways out of being stuck through the whole terminal: continue later and resume with a real
/// SQLite file, the idle wipe on a hand-moved clock, press feedback and damage redraws on a
/// memory display.
@MainActor
@Suite(.serialized) struct NeverStuckTerminalTests {
    let assets = Assets(
        root: URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets"))

    func terminal(state: StateFolder, clock: ManualClock) throws -> (Terminal, MemoryDisplay, DraftStore) {
        try state.prepare()
        var configuration = try state.configuration()
        configuration.idle = IdlePolicy(idle: 60, grace: 30)
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let display = MemoryDisplay(width: configuration.panel.widthPixels, height: configuration.panel.heightPixels)
        let store = try state.openStore()
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms, display: display,
            icons: IconLibrary(directories: assets.iconDirectories(forms: Array(forms.keys))),
            store: store, printer: DirectoryPrinter(directory: state.url.appendingPathComponent("printed")),
            speaker: RecordingPromptPlayer(), log: Log(label: "stuck"), clock: clock.now)
        terminal.start()
        return (terminal, display, store)
    }

    func newState() -> StateFolder {
        StateFolder(url: FileManager.default.temporaryDirectory.appendingPathComponent("stuck-\(UUID().uuidString)"))
    }

    func touch(_ id: String, on terminal: Terminal, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(terminal.tap(id), "no \(id) on \(terminal.screen.name)", sourceLocation: sourceLocation)
    }

    @Test func continueLaterThenResumeOnAnotherStartOfTheProgram() throws {
        let state = newState()
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        var code = ""
        do {
            let (terminal, _, store) = try terminal(state: state, clock: clock)
            for id in ["language.vi", "procedure.birth-certificate-copy", "option.child", "button.next"] {
                try touch(id, on: terminal)
            }
            for digit in "2023" { try touch("key.\(digit)", on: terminal) }
            try touch("button.next", on: terminal)
            try touch("button.help", on: terminal)
            #expect(terminal.screen.name == "help")
            try touch("button.later", on: terminal)
            #expect(terminal.screen.name == "saved")
            code = try #require(terminal.flow.draftCode)
            #expect(try store.savedDraft(code: code) != nil)
            try touch("button.finish", on: terminal)
            #expect(terminal.flow.session == nil)
        }
        // Another day, the program started again: the citizen types the code.
        let (terminal, _, _) = try terminal(state: state, clock: clock)
        for id in ["language.en", "procedure.resume"] { try touch(id, on: terminal) }
        for digit in "00000000" { try touch("key.\(digit)", on: terminal) }
        try touch("button.next", on: terminal)
        #expect(terminal.flow.problem == .unknownCode)
        for _ in 0..<8 { try touch("key.backspace", on: terminal) }
        for digit in code { try touch("key.\(digit)", on: terminal) }
        try touch("button.next", on: terminal)
        #expect(terminal.screen.name == "question./data/copies", "back on the question after the last answer")
        #expect(terminal.flow.session?.value(at: "/data/birth_year") == "2023")
        #expect(terminal.draft?.code == code)
    }

    @Test func anAbandonedFormIsWipedAndItsDraftDeleted() throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        let (terminal, _, store) = try terminal(state: newState(), clock: clock)
        for id in ["language.vi", "procedure.birth-certificate-copy", "option.child"] {
            try touch(id, on: terminal)
        }
        #expect(try store.drafts().count == 1)
        clock.advance(by: 60)
        terminal.tick()
        #expect(terminal.screen.name == "still-there")
        clock.advance(by: 30)
        terminal.tick()
        #expect(terminal.screen.name == "language")
        #expect(terminal.flow.session == nil)
        #expect(try store.drafts().isEmpty, "nobody will come back for it: it is deleted")
    }

    @Test func aKeyPressRedrawsOnlyWhatChanged() throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        let (terminal, display, _) = try terminal(state: newState(), clock: clock)
        for id in [
            "language.vi", "procedure.birth-certificate-copy", "option.child", "button.next", "key.2", "key.0",
            "key.2", "key.3", "button.next", "option.2", "button.next", "option.office", "button.next",
        ] {
            try touch(id, on: terminal)
        }
        #expect(terminal.screen.name == "question./data/person_name")
        // The first letter of a name changes the capitals on every key; the second one does not.
        try touch("key.m", on: terminal)
        let key = try #require(terminal.screen.element(id: "key.a"))
        // The finger goes down: the key alone shows pressed.
        terminal.handle(TouchEvent(.down, at: key.frame.center))
        let pressed = try #require(terminal.lastDamage)
        #expect(pressed == [key.frame], "the key alone is drawn again")
        let fill = pixel(display, at: key.frame.center.offset(dx: -key.frame.width * 0.4, dy: 0))
        #expect(fill == rgb(Theme().pressed), "the pressed key is drawn in the pressed colour")
        // It lifts: the key is restored, the letter typed, and only the typed text drawn again.
        terminal.handle(TouchEvent(.up, at: key.frame.center))
        #expect(terminal.flow.entry == "Ma")
        let damage = try #require(terminal.lastDamage, "a key press is not a full redraw")
        let area = damage.reduce(0) { $0 + $1.width * $1.height }
        #expect(area < Double(display.width * display.height) / 5)
        #expect(damage.allSatisfy { !$0.intersects(key.frame) }, "the key was restored as the finger lifted")
        let after = pixel(display, at: key.frame.center.offset(dx: -key.frame.width * 0.4, dy: 0))
        #expect(after == rgb(Theme().tile), "the key is back to its colour")
        // The frame drawn by damage is the frame a full redraw would give.
        let full = MemoryDisplay(width: display.width, height: display.height)
        full.draw { buffer in
            ImageSurface(buffer: buffer).draw(icons: terminal.icons) { canvas in
                ScreenRenderer.draw(terminal.screen, on: canvas, metrics: terminal.metrics)
            }
        }
        #expect(differingPixels(display, full) < display.width * display.height / 2000)
    }

    func pixel(_ display: MemoryDisplay, at point: Point) -> UInt32 {
        let buffer = display.buffer
        let offset = Int(point.y) * buffer.stride + Int(point.x) * 4
        return buffer.base.load(fromByteOffset: offset, as: UInt32.self) & 0xFF_FFFF
    }

    func differingPixels(_ a: MemoryDisplay, _ b: MemoryDisplay) -> Int {
        var count = 0
        for y in 0..<a.height {
            for x in 0..<a.width
            where pixel(a, at: Point(x: Double(x), y: Double(y))) != pixel(b, at: Point(x: Double(x), y: Double(y))) {
                count += 1
            }
        }
        return count
    }

    func rgb(_ c: Color) -> UInt32 {
        UInt32((c.red * 255).rounded()) << 16 | UInt32((c.green * 255).rounded()) << 8
            | UInt32((c.blue * 255).rounded())
    }
}

extension Point {
    func offset(dx: Double, dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
}
