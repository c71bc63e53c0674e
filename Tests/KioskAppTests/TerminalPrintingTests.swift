import Foundation
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskStore
import KioskTesting
import KioskUI
import TestSupport
import Testing

@testable import KioskApp

/// The terminal printing through the spooler and a real cupsd: while the printer is stopped, out of
/// paper or unreachable (or cupsd itself is down) the citizen sees what is wrong; once it is back
/// the form prints exactly once and the done screen follows. Tickets go to a raw queue as ESC/POS.
@MainActor
@Suite(.serialized) struct TerminalPrintingTests {
    let e2e = EndToEndTests()

    /// A spooler whose waits between looks at CUPS are short, so the tests do not idle.
    static func spooler(_ cupsd: CupsdFixture) -> PrintSpooler {
        PrintSpooler(server: cupsd.socketPath, sleep: { _ in try? await Task.sleep(for: .milliseconds(100)) })
    }

    /// Fills the form, taps "print" and waits until the citizen is shown `problem`.
    func printAndWait(for problem: DeviceProblem, _ rig: EndToEndTests.Rig) async throws -> [String] {
        var screens: [String] = []
        rig.terminal.onShow = { screens.append($0.name) }
        try e2e.fillForm(rig, language: "vi")
        try e2e.touch("button.print", on: rig.terminal)
        try await Self.waitUntil("the screen shows \(problem)") {
            rig.terminal.screen.name == "problem.\(problem.rawValue)"
        }
        #expect(rig.terminal.screen.audio == [UIStrings.prompt(problem.key)], "the problem is spoken")
        #expect(try rig.store.drafts().first?.status == .finalized, "the draft is finalized before printing")
        return screens
    }

    /// After the printer came back: the done screen, the draft printed, one CUPS job on `queue`.
    func expectPrintedOnce(_ rig: EndToEndTests.Rig, queue: String, in cupsd: CupsdFixture, spooler: PrintSpooler)
        async throws
    {
        await rig.terminal.settle()
        #expect(rig.terminal.screen.name == "done")
        #expect(rig.terminal.flow.overlay == nil, "the problem is taken away once the printer is back")
        #expect(try rig.store.drafts().first?.status == .printed)
        let jobs = try cupsd.runClient("lpstat", ["-W", "all", "-o", queue]).split(separator: "\n")
        #expect(jobs.count == 1, "exactly one job: \(jobs)")
        let submitted = await spooler.submittedJobs.values.flatMap { $0 }
        #expect(submitted.count == 1)
        #expect(submitted.first == rig.terminal.lastPrint?.jobID)
    }

    @Test func aStoppedQueueIsShownAndTheFormPrintsOnceWhenEnabled() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try cupsd.runClient("cupsdisable", ["-r", "technician test", cupsd.queue])
        let spooler = Self.spooler(cupsd)
        let rig = try e2e.rig(printer: SpooledPrinter(spooler: spooler, queue: cupsd.queue))

        let screens = try await printAndWait(for: .printerFailed, rig)
        #expect(screens.suffix(2) == ["printing", "problem.printerFailed"])
        try cupsd.runClient("cupsenable", [cupsd.queue])

        try await expectPrintedOnce(rig, queue: cupsd.queue, in: cupsd, spooler: spooler)
        let job = try #require(rig.terminal.lastPrint?.jobID)
        #expect(try await cupsd.printedDocument(forJob: job).starts(with: Data("%PDF".utf8)))
    }

    @Test func outOfPaperIsShownAndTheFormPrintsOnceWhenPaperIsLoaded() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let device = cupsd.outputDirectory.appendingPathComponent("kiosk-paper.pdf")
        try cupsd.runClient(
            "lpadmin",
            [
                "-p", "kiosk-paper", "-E", "-v", "kioskpaper://\(device.path)", "-P",
                cupsd.directory.appendingPathComponent("kiosk-a4.ppd").path, "-o", "printer-error-policy=retry-job",
            ])
        let spooler = Self.spooler(cupsd)
        let rig = try e2e.rig(printer: SpooledPrinter(spooler: spooler, queue: "kiosk-paper"))

        _ = try await printAndWait(for: .printerOutOfPaper, rig)
        Self.keepScreen(rig.display, as: "terminal-out-of-paper.png")
        #expect(rig.terminal.screen.element(id: "button.continue") != nil)
        // Paper loaded: the flag file the sandbox's test backend looks for.
        #expect(FileManager.default.createFile(atPath: device.path + ".paper", contents: Data()))

        try await expectPrintedOnce(rig, queue: "kiosk-paper", in: cupsd, spooler: spooler)
        let job = try #require(rig.terminal.lastPrint?.jobID)
        let printed = FileManager.default.contents(
            atPath: cupsd.outputDirectory.appendingPathComponent("kiosk-paper-job-\(job).pdf").path)
        #expect(printed?.starts(with: Data("%PDF".utf8)) == true)
    }

    @Test(.enabled(if: CupsdFixture.socketBackend != nil, "needs CUPS's socket backend: apt-get install cups"))
    func anUnreachablePrinterIsShownAndTheFormPrintsOnceWhenItListens() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try cupsd.installSocketBackend()
        let port = try LatePrinter.freePort()
        try cupsd.runClient(
            "lpadmin",
            [
                "-p", "kiosk-net", "-E", "-v", "socket://127.0.0.1:\(port)", "-P",
                cupsd.directory.appendingPathComponent("kiosk-a4.ppd").path, "-o", "printer-error-policy=retry-job",
            ])
        let spooler = Self.spooler(cupsd)
        let rig = try e2e.rig(printer: SpooledPrinter(spooler: spooler, queue: "kiosk-net"))

        _ = try await printAndWait(for: .printerUnreachable, rig)
        let printer = try LatePrinter(port: port)
        defer { printer.stop() }

        try await expectPrintedOnce(rig, queue: "kiosk-net", in: cupsd, spooler: spooler)
        // Give a duplicate every chance to arrive before counting.
        try await Task.sleep(for: .seconds(2))
        #expect(printer.connections.count == 1)
        #expect(printer.connections.first?.starts(with: Data("%PDF".utf8)) == true)
    }

    @Test func cupsDownIsShownAndTheFormPrintsOnceWhenItIsBack() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try await cupsd.stopServer()
        let spooler = Self.spooler(cupsd)
        let rig = try e2e.rig(printer: SpooledPrinter(spooler: spooler, queue: cupsd.queue))

        _ = try await printAndWait(for: .printerUnreachable, rig)
        try await cupsd.startServer()

        try await expectPrintedOnce(rig, queue: cupsd.queue, in: cupsd, spooler: spooler)
        let job = try #require(rig.terminal.lastPrint?.jobID)
        #expect(try await cupsd.printedDocument(forJob: job).starts(with: Data("%PDF".utf8)))
    }

    @Test func aQueueThatDoesNotExistFailsAndKeepsTheDraft() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let rig = try e2e.rig(printer: SpooledPrinter(spooler: Self.spooler(cupsd), queue: "no-such-queue"))
        try e2e.fillForm(rig, language: "vi")
        let draft = try #require(rig.terminal.draft)
        try e2e.touch("button.print", on: rig.terminal)
        await rig.terminal.settle()
        #expect(rig.terminal.screen.name == "print-failed")
        #expect(rig.terminal.screen.audio == ["ui.printFailed"])
        #expect(try rig.store.drafts().first?.status == .finalized)
        #expect(try rig.store.answers(draftID: draft.id).count == 7)
        #expect(rig.terminal.screen.element(id: "button.retry") != nil)
    }

    static let ticket = TicketContent(
        number: "B007", service: "Chứng thực bản sao giấy khai sinh",
        issuedAt: Date(timeIntervalSince1970: 1_773_300_000),
        peopleAhead: 2, commune: "xã Lũng Cú", draftCode: "12345674")

    @Test(.enabled(if: CupsdFixture.socketBackend != nil, "needs CUPS's socket backend: apt-get install cups"))
    func aTicketReachesTheRawQueueAsTheRenderedPictureOnceThePrinterListens() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try cupsd.installSocketBackend()
        let port = try LatePrinter.freePort()
        try cupsd.runClient("lpadmin", ["-p", "kiosk-ticket", "-E", "-v", "socket://127.0.0.1:\(port)", "-m", "raw"])
        let spooler = Self.spooler(cupsd)
        let rig = try e2e.rig(
            printer: DirectoryPrinter(directory: scratchFolder()),
            ticketPrinter: SpooledPrinter(spooler: spooler, queue: "kiosk-ticket"))

        rig.terminal.printTicket(Self.ticket, paper: .mm58)
        #expect(rig.terminal.screen.name == "language", "printing a ticket does not hold the screen")
        try await Self.waitUntil("the ticket printer is shown unreachable") {
            rig.terminal.screen.name == "problem.printerUnreachable"
        }
        let printer = try LatePrinter(port: port)
        defer { printer.stop() }
        await rig.terminal.settle()
        #expect(rig.terminal.screen.name == "language", "the problem is taken away once the printer is back")

        try await Task.sleep(for: .seconds(2))
        #expect(printer.connections.count == 1)
        let decoded = try TicketESCPOSDecoder.decode(printer.connections.first ?? Data())
        #expect(decoded.image == TicketRenderer(paper: .mm58).render(Self.ticket))
        #expect(decoded.image.width == 384)
        let jobs = try cupsd.runClient("lpstat", ["-W", "all", "-o", "kiosk-ticket"])
        #expect(jobs.split(separator: "\n").count == 1)
        #expect(jobs.contains("kiosk-ticket-"))
    }

    @Test func withoutATicketPrinterATicketIsOnlyLogged() async throws {
        let folder = scratchFolder()
        let rig = try e2e.rig(printer: DirectoryPrinter(directory: folder))
        rig.terminal.printTicket(Self.ticket, paper: .mm80)
        await rig.terminal.settle()
        #expect(rig.terminal.screen.name == "language")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aDirectoryTicketPrinterWritesTheESCPOSBytes() async throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rig = try e2e.rig(
            printer: DirectoryPrinter(directory: folder), ticketPrinter: DirectoryPrinter(directory: folder))
        rig.terminal.printTicket(Self.ticket, paper: .mm80)
        await rig.terminal.settle()
        let bytes = try Data(contentsOf: folder.appendingPathComponent("ticket-B007.bin"))
        #expect(try TicketESCPOSDecoder.decode(bytes).image == TicketRenderer(paper: .mm80).render(Self.ticket))
    }

    // MARK: - Helpers

    func scratchFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-print-\(UUID().uuidString)")
    }

    /// Waits, yielding the main actor to the terminal's tasks, until `condition` holds; the bound only
    /// keeps a broken setup from hanging the run.
    static func waitUntil(
        _ what: String, within limit: Duration = .seconds(300), _ condition: @MainActor () -> Bool
    ) async throws {
        let held = try await Poll.until(within: limit, every: .milliseconds(50)) { condition() ? true : nil }
        if held != nil { return }
        throw CupsdFixture.Failure(description: "\(what): not within \(limit)")
    }

    /// Keeps the screen as a PNG in $KIOSK_TEST_ARTIFACTS, to look at.
    static func keepScreen(_ display: MemoryDisplay, as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["KIOSK_TEST_ARTIFACTS"] else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? ImageSurface(buffer: display.buffer).writePNG(
            to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
}
