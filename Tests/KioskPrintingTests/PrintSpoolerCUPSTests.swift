import Foundation
import KioskTesting
import TestSupport
import Testing

@testable import KioskPrinting

/// The spooler against a real cupsd: a printer stopped, out of paper, or unreachable is reported,
/// and the job completes once the printer is back, printed exactly once.
@Suite("Print spooler through a private cupsd")
struct PrintSpoolerCUPSTests {
    static let document = CUPSPrintingTests.pdf(text: "VillageKiosk spooler test")

    @Test("a stopped queue is reported; the job prints once when the queue is enabled again")
    func stoppedThenEnabled() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try cupsd.runClient("cupsdisable", ["-r", "technician test", cupsd.queue])
        let spooler = Self.spooler(cupsd)
        let recorder = ConditionRecorder(spooler)
        let printing = Task {
            await spooler.print(Self.document, format: "application/pdf", title: "t", to: cupsd.queue)
        }

        try await recorder.wait(for: .stopped)
        try cupsd.runClient("cupsenable", [cupsd.queue])
        let outcome = await printing.value

        guard case .printed(let jobID) = outcome else {
            Issue.record("not printed: \(outcome)")
            return
        }
        #expect(try await cupsd.printedDocument(forJob: jobID) == Self.document)
        #expect(try Self.jobs(on: cupsd.queue, in: cupsd).count == 1)
        #expect(try Self.outputs(in: cupsd, prefix: "\(cupsd.queue)-job-") == ["\(cupsd.queue)-job-\(jobID).pdf"])
        #expect(await spooler.submittedJobs.values.flatMap { $0 } == [jobID])
        #expect(await recorder.conditions.last == .ready)
    }

    @Test("out of paper (the backend says media-empty-error) is reported; the job prints once paper is loaded")
    func outOfPaperThenLoaded() async throws {
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
        let recorder = ConditionRecorder(spooler)
        let printing = Task {
            await spooler.print(Self.document, format: "application/pdf", title: "t", to: "kiosk-paper")
        }

        try await recorder.wait(for: .outOfPaper)
        #expect(try Self.outputs(in: cupsd, prefix: "kiosk-paper-job-").isEmpty)
        // Paper loaded: the flag file the test backend looks for.
        #expect(FileManager.default.createFile(atPath: device.path + ".paper", contents: Data()))
        let outcome = await printing.value

        guard case .printed(let jobID) = outcome else {
            Issue.record("not printed: \(outcome)")
            return
        }
        #expect(try Self.outputs(in: cupsd, prefix: "kiosk-paper-job-") == ["kiosk-paper-job-\(jobID).pdf"])
        let printed = FileManager.default.contents(
            atPath: cupsd.outputDirectory.appendingPathComponent("kiosk-paper-job-\(jobID).pdf").path)
        #expect(printed == Self.document)
        #expect(try Self.jobs(on: "kiosk-paper", in: cupsd).count == 1)
        #expect(await spooler.submittedJobs.values.flatMap { $0 } == [jobID])
        #expect(await recorder.conditions.contains(.outOfPaper))
        #expect(await recorder.conditions.last == .ready)
    }

    @Test(
        "an unreachable network ticket printer is reported; the ticket prints once when it listens",
        .enabled(if: CupsdFixture.socketBackend != nil, "needs CUPS's socket backend: apt-get install cups"))
    func unreachableThenListening() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try cupsd.installSocketBackend()
        let port = try LatePrinter.freePort()
        try cupsd.runClient("lpadmin", ["-p", "kiosk-ticket", "-E", "-v", "socket://127.0.0.1:\(port)", "-m", "raw"])
        let ticket = TicketCUPSTests.ticketJob()
        let spooler = Self.spooler(cupsd)
        let recorder = ConditionRecorder(spooler)
        let printing = Task {
            await spooler.print(ticket, format: "application/vnd.cups-raw", title: "ticket-A012", to: "kiosk-ticket")
        }

        try await recorder.wait(for: .unreachable)
        let printer = try LatePrinter(port: port)
        defer { printer.stop() }
        let outcome = await printing.value

        guard case .printed = outcome else {
            Issue.record("not printed: \(outcome)")
            return
        }
        // Give a duplicate every chance to arrive before counting.
        try await Task.sleep(for: .seconds(2))
        let received = printer.connections
        #expect(received.count == 1)
        #expect(received.first == ticket)
        let decoded = try TicketESCPOSDecoder.decode(received.first ?? Data())
        #expect(decoded.image == TicketRenderer().render(TicketRenderingTests.content))
        #expect(try Self.jobs(on: "kiosk-ticket", in: cupsd).count == 1)
        #expect(await recorder.conditions.contains(.unreachable))
    }

    @Test("CUPS itself going down is reported; the job prints once when cupsd is back")
    func serverDownThenUp() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let spooler = Self.spooler(cupsd)
        // A first job, so the spooler holds a connection that the server's going away breaks.
        let first = await spooler.print(Self.document, format: "application/pdf", title: "first", to: cupsd.queue)
        guard case .printed(let firstJob) = first else {
            Issue.record("the first job did not print: \(first)")
            return
        }
        try await cupsd.stopServer()
        let recorder = ConditionRecorder(spooler)
        let printing = Task {
            await spooler.print(Self.document, format: "application/pdf", title: "t", to: cupsd.queue)
        }

        try await recorder.wait(for: .unreachable)
        try await cupsd.startServer()
        let outcome = await printing.value

        guard case .printed(let jobID) = outcome else {
            Issue.record("not printed: \(outcome)")
            return
        }
        #expect(try await cupsd.printedDocument(forJob: jobID) == Self.document)
        #expect(try Self.jobs(on: cupsd.queue, in: cupsd).count == 2)
        #expect(
            try Self.outputs(in: cupsd, prefix: "\(cupsd.queue)-job-")
                == ["\(cupsd.queue)-job-\(firstJob).pdf", "\(cupsd.queue)-job-\(jobID).pdf"].sorted())
        #expect(await spooler.submittedJobs.values.flatMap { $0 }.sorted() == [firstJob, jobID])
    }

    @Test("a queue that does not exist fails at once with CUPS's reason")
    func missingQueue() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let outcome = await Self.spooler(cupsd).print(Self.document, format: "application/pdf", title: "t", to: "nope")
        guard case .failed(let reason) = outcome else {
            Issue.record("printed on a queue that does not exist")
            return
        }
        #expect(reason.contains("client-error-not-found"))
    }

    // MARK: - Helpers

    static func spooler(_ cupsd: CupsdFixture) -> PrintSpooler {
        PrintSpooler(
            server: cupsd.socketPath,
            spool: PrintSpool(pollInterval: .milliseconds(100), submitRetryInterval: .milliseconds(300)))
    }

    /// Every job CUPS has had on a queue, finished or not.
    static func jobs(on queue: String, in cupsd: CupsdFixture) throws -> [String] {
        try cupsd.runClient("lpstat", ["-W", "all", "-o", queue]).split(separator: "\n").map(String.init)
    }

    static func outputs(in cupsd: CupsdFixture, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cupsd.outputDirectory.path)
            .filter { $0.hasPrefix(prefix) && !$0.hasSuffix(".partial") }.sorted()
    }
}

/// Collects a spooler's condition reports as they come.
actor ConditionRecorder {
    private(set) var conditions: [PrinterCondition] = []

    private let spooler: PrintSpooler

    init(_ spooler: PrintSpooler) {
        self.spooler = spooler
        let stream = spooler.conditions
        Task { await self.listen(stream) }
    }

    private func listen(_ stream: AsyncStream<PrintSpooler.ConditionReport>) async {
        for await report in stream { conditions.append(report.condition) }
    }

    /// Waits until `condition` was reported; the bound only keeps a broken setup from hanging.
    func wait(for condition: PrinterCondition, within limit: Duration = .seconds(300)) async throws {
        let seen = try await Poll.until(within: limit, every: .milliseconds(50)) {
            conditions.contains(condition) ? true : nil
        }
        if seen != nil { return }
        let jobs = await spooler.submittedJobs
        throw CupsdFixture.Failure(
            description: "\(condition) never reported; got \(conditions); CUPS jobs made: \(jobs)")
    }
}
