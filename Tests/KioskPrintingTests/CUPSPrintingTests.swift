import Foundation
import KioskTesting
import Testing

@testable import KioskPrinting

/// The CUPS adapter against a real cupsd: each test starts its own sandbox and stops it by PID.
@Suite("CUPS printing through a private cupsd")
struct CUPSPrintingTests {
    @Test("a PDF comes out of the queue byte for byte, with its text")
    func printsPDFByteForByte() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)
        let document = Self.pdf(text: "VillageKiosk test page 42")

        let job = try connection.submit(document: document, title: "Giấy xác nhận", to: cupsd.queue)

        #expect(job.id > 0)
        #expect(job.destination == cupsd.queue)
        #expect(job.title == "Giấy xác nhận")
        #expect(try await Self.finalState(of: job, on: connection) == .completed)
        let printed = try await cupsd.printedDocument(forJob: job.id)
        #expect(printed == document)
        let text = try CupsdFixture.run("pdftotext", [cupsd.outputFile(forJob: job.id).path, "-"])
        #expect(text.contains("VillageKiosk test page 42"))
    }

    @Test("each job gets its own file")
    func jobsDoNotOverwriteEachOther() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)
        let first = Self.pdf(text: "first")
        let second = Self.pdf(text: "second")

        let firstJob = try connection.submit(document: first, title: "first", to: cupsd.queue)
        let secondJob = try connection.submit(document: second, title: "second", to: cupsd.queue)

        #expect(firstJob.id != secondJob.id)
        #expect(try await cupsd.printedDocument(forJob: firstJob.id) == first)
        #expect(try await cupsd.printedDocument(forJob: secondJob.id) == second)
    }

    @Test("a fresh queue is idle and accepting, with no reasons")
    func freshQueueIsIdle() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)

        let status = try connection.printerStatus(cupsd.queue)

        #expect(
            status == PrinterStatus(queue: cupsd.queue, state: .idle, isAcceptingJobs: true, reasons: [], message: nil))
    }

    @Test("a queue that does not exist is an error that names it")
    func unknownQueue() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)

        let submitError = #expect(throws: PrintError.self) {
            try connection.submit(document: Self.pdf(text: "lost"), title: "lost", to: "no-such-queue")
        }
        #expect(submitError?.operation == "Create-Job")
        #expect(submitError?.destination == "no-such-queue")
        #expect(submitError?.statusName == "client-error-not-found")
        #expect(submitError?.description.contains("no-such-queue") == true)

        let statusError = #expect(throws: PrintError.self) { try connection.printerStatus("no-such-queue") }
        #expect(statusError?.status == 0x0406)
    }

    @Test("a job CUPS never had is an error, not a state")
    func unknownJob() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)

        let error = #expect(throws: PrintError.self) {
            try connection.state(of: PrintJob(id: 99_999, destination: cupsd.queue, title: "ghost"))
        }
        #expect(error?.operation == "Get-Job-Attributes")
        #expect(error?.statusName == "client-error-not-found")
    }

    @Test("a stopped queue says so and keeps the job until it is enabled again")
    func stoppedQueueKeepsJob() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)
        let document = Self.pdf(text: "waited for the printer")

        try cupsd.runClient("cupsdisable", ["-r", "out of paper", cupsd.queue])
        let stopped = try connection.printerStatus(cupsd.queue)
        #expect(stopped.state == .stopped)
        #expect(stopped.isAcceptingJobs)
        #expect(stopped.reasons.contains("paused"))
        #expect(stopped.message == "out of paper")

        let job = try connection.submit(document: document, title: "waiting", to: cupsd.queue)
        #expect(try connection.state(of: job) == .pending)
        #expect(!FileManager.default.fileExists(atPath: cupsd.outputFile(forJob: job.id).path))

        try cupsd.runClient("cupsenable", [cupsd.queue])
        #expect(try await Self.finalState(of: job, on: connection) == .completed)
        #expect(try await cupsd.printedDocument(forJob: job.id) == document)
        #expect(try connection.printerStatus(cupsd.queue).state != .stopped)
    }

    @Test("no server at the address is a connect error naming it")
    func unreachableServer() {
        let error = #expect(throws: PrintError.self) {
            try CUPSConnection(server: "/nonexistent/kiosk/cups.sock")
        }
        #expect(error?.operation == "connect")
        #expect(error?.destination == "/nonexistent/kiosk/cups.sock")
    }

    @Test(
        "server strings split into host and port",
        arguments: [
            ("/run/cups/cups.sock", "/run/cups/cups.sock", nil),
            ("printhost", "printhost", nil),
            ("127.0.0.1:8631", "127.0.0.1", 8631),
            ("[::1]:631", "::1", 631),
            ("::1", "::1", nil),
        ] as [(String, String, Int32?)])
    func splitsServer(server: String, host: String, port: Int32?) {
        let split = CUPSConnection.split(server)
        #expect(split.host == host)
        #expect(split.port == port)
    }

    @Test("errors read like a log line")
    func errorDescription() {
        let error = PrintError(
            operation: "Create-Job", destination: "kiosk-a4", status: 0x0406, statusName: "client-error-not-found",
            message: "The printer or class does not exist.")

        #expect(
            error.description == "cups: Create-Job on kiosk-a4 failed: client-error-not-found (0x0406): "
                + "The printer or class does not exist.")
    }

    // MARK: - Helpers

    /// Polls until the job stops changing; the bound only keeps a hung cupsd from hanging the suite.
    static func finalState(of job: PrintJob, on connection: CUPSConnection) async throws -> JobState {
        for _ in 0..<1_500 {
            let state = try connection.state(of: job)
            if state.isFinal { return state }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try connection.state(of: job)
    }

    /// A one-page A4 PDF showing `text` in Helvetica, with a correct cross-reference table so that
    /// no reader has to repair it. `text` must be ASCII without parentheses or backslashes.
    static func pdf(text: String) -> Data {
        let content = "BT /F1 24 Tf 72 760 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}
