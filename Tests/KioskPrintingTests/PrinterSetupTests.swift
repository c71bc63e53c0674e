import Foundation
import KioskTesting
import Testing

@testable import KioskPrinting

/// `kiosk printer setup` against a private cupsd: both queues exist, enabled, accepting, with the
/// retry-job policy, and print.
@Suite("Printer setup through a private cupsd")
struct PrinterSetupTests {
    @Test("lpadmin creates the A4 and raw ticket queues with printer-error-policy=retry-job")
    func createsQueues() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let ticketDevice = cupsd.outputDirectory.appendingPathComponent("terminal-ticket.bin")
        let setup = PrinterSetup(
            server: cupsd.socketPath, formQueue: "terminal-a4",
            formURI: "kioskfile://\(cupsd.outputDirectory.appendingPathComponent("terminal-a4.pdf").path)",
            formDriver: .ppd(cupsd.directory.appendingPathComponent("kiosk-a4.ppd").path),
            ticketQueue: "terminal-ticket",
            ticketURI: "kioskfile://\(ticketDevice.path)")

        try setup.run()

        let connection = try CUPSConnection(server: cupsd.socketPath)
        for queue in ["terminal-a4", "terminal-ticket"] {
            #expect(try connection.errorPolicy(of: queue) == "retry-job", "\(queue)")
            let options = try cupsd.runClient("lpoptions", ["-p", queue])
            #expect(options.contains("printer-is-accepting-jobs=true"), "\(queue): \(options)")
            let state = try cupsd.runClient("lpstat", ["-p", queue])
            #expect(state.contains("is idle") && state.contains("enabled"), "\(queue): \(state)")
        }
        // Both print: a PDF on the A4 queue, ESC/POS bytes unchanged on the raw one.
        let spooler = PrintSpooler(
            server: cupsd.socketPath, sleep: { _ in try? await Task.sleep(for: .milliseconds(100)) })
        let pdf = CUPSPrintingTests.pdf(text: "setup")
        guard
            case .printed(let formJob) = await spooler.print(
                pdf, format: "application/pdf", title: "t", to: "terminal-a4")
        else {
            Issue.record("the A4 queue did not print")
            return
        }
        let ticket = TicketCUPSTests.ticketJob()
        guard
            case .printed(let ticketJob) = await spooler.print(
                ticket, format: "application/vnd.cups-raw", title: "ticket-A012", to: "terminal-ticket")
        else {
            Issue.record("the ticket queue did not print")
            return
        }
        let form = cupsd.outputDirectory.appendingPathComponent("terminal-a4-job-\(formJob).pdf")
        #expect(FileManager.default.contents(atPath: form.path) == pdf)
        let bytes = cupsd.outputDirectory.appendingPathComponent("terminal-ticket-job-\(ticketJob).bin")
        #expect(FileManager.default.contents(atPath: bytes.path) == ticket)
    }

    @Test("setting up an existing queue again turns its policy to retry-job")
    func existingQueue() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let connection = try CUPSConnection(server: cupsd.socketPath)
        // The sandbox makes its queue with abort-job.
        #expect(try connection.errorPolicy(of: cupsd.queue) == "abort-job")
        try PrinterSetup(
            server: cupsd.socketPath, formQueue: cupsd.queue,
            formURI: "kioskfile://\(cupsd.outputDirectory.appendingPathComponent("again.pdf").path)",
            formDriver: .ppd(cupsd.directory.appendingPathComponent("kiosk-a4.ppd").path)
        ).run()
        #expect(try connection.errorPolicy(of: cupsd.queue) == "retry-job")
    }

    @Test("a refused setup says what lpadmin said")
    func refused() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let setup = PrinterSetup(
            server: cupsd.socketPath, formURI: "kioskfile:///tmp/x.pdf", formDriver: .ppd("/nonexistent.ppd"))
        #expect(throws: PrintError.self) { try setup.run() }
    }

    @Test("the commands: -E, the driver, the policy; no ticket queue without a ticket URI")
    func commands() {
        let setup = PrinterSetup(formURI: "ipp://10.0.0.5/ipp/print")
        #expect(
            setup.commands == [
                [
                    "-p", "kiosk-a4", "-E", "-v", "ipp://10.0.0.5/ipp/print", "-m", "everywhere", "-o",
                    "printer-error-policy=retry-job",
                ]
            ])
    }
}
