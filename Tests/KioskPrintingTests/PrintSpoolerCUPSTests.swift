import Foundation
import KioskTesting
import Testing

@testable import KioskPrinting

/// The spooler against a real cupsd: a printer stopped, out of paper, or unreachable is reported,
/// and the job completes once the printer is back, printed exactly once.
@Suite("Print spooler through a private cupsd")
struct PrintSpoolerCUPSTests {
    static let document = CUPSPrintingTests.pdf(text: "VillageKiosk spooler test")

    @Test("a stopped queue is reported; the job prints once when the queue is enabled again")
    func stoppedThenEnabled() async throws {
        let cupsd = try CupsdFixture()
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
        let cupsd = try CupsdFixture()
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
        .enabled(if: TicketCUPSTests.socketBackend != nil, "needs CUPS's socket backend: apt-get install cups"))
    func unreachableThenListening() async throws {
        let cupsd = try CupsdFixture()
        defer { cupsd.stop() }
        try TicketCUPSTests.installSocketBackend(in: cupsd)
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
        let cupsd = try CupsdFixture()
        defer { cupsd.stop() }
        let spooler = Self.spooler(cupsd)
        // A first job, so the spooler holds a connection that the server's going away breaks.
        let first = await spooler.print(Self.document, format: "application/pdf", title: "first", to: cupsd.queue)
        guard case .printed(let firstJob) = first else {
            Issue.record("the first job did not print: \(first)")
            return
        }
        try cupsd.stopServer()
        let recorder = ConditionRecorder(spooler)
        let printing = Task {
            await spooler.print(Self.document, format: "application/pdf", title: "t", to: cupsd.queue)
        }

        try await recorder.wait(for: .unreachable)
        try cupsd.startServer()
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
        let cupsd = try CupsdFixture()
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
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        while clock.now < deadline {
            if conditions.contains(condition) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        let jobs = await spooler.submittedJobs
        throw CupsdFixture.Failure(
            description: "\(condition) never reported; got \(conditions); CUPS jobs made: \(jobs)")
    }
}

/// A network printer that is switched on late: listens on a given port and keeps every
/// connection's bytes, so a duplicate job would show as a second connection.
final class LatePrinter: @unchecked Sendable {
    // @unchecked: `listener` never changes; `received` and `stopped` are guarded by `lock`.
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Data] = []
    private var stopped = false

    /// A port nobody listens on now (bound, read, closed).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard ok else { throw CupsdFixture.Failure(description: "no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    init(port: Int) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 && listen(fd, 4) == 0
            }
        }
        guard fd >= 0, ok else {
            close(fd)
            throw CupsdFixture.Failure(description: "cannot listen on \(port): \(String(cString: strerror(errno)))")
        }
        listener = fd
        Thread.detachNewThread { [self] in serve() }
    }

    var connections: [Data] { lock.withLock { received } }

    func stop() { lock.withLock { stopped = true } }

    private func serve() {
        defer { close(listener) }
        while !lock.withLock({ stopped }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var data = Data()
            while true {
                let count = read(connection, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                data.append(contentsOf: buffer[0..<count])
            }
            close(connection)
            lock.withLock { received.append(data) }
        }
    }
}
