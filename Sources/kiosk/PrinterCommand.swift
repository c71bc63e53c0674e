import ArgumentParser
import Foundation
import KioskApp
import KioskPrinting

/// `kiosk printer setup`: creates the terminal's CUPS queues and writes their names into config.json.
struct PrinterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printer", abstract: "Set up the terminal's printers in CUPS.", subcommands: [Setup.self])

    /// Runs lpadmin for the A4 queue and the raw ticket queue (both enabled, accepting, retry-job).
    struct Setup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the A4 queue and the raw ticket queue (lpadmin) and record them in config.json.")

        @OptionGroup var options: CommonOptions

        @Option(help: "The A4 printer's device URI (see `lpinfo -v`), such as usb://... or ipp://HOST/ipp/print.")
        var formURI: String

        @Option(help: "A PPD file for the A4 printer.")
        var formPPD: String?

        @Option(help: "A model for the A4 printer from `lpinfo -m` (default: everywhere, for driverless IPP).")
        var model: String?

        @Option(help: "The A4 queue's name.")
        var formQueue = "kiosk-a4"

        @Option(help: "The ticket printer's device URI, such as socket://HOST:9100; no ticket queue without it.")
        var ticketURI: String?

        @Option(help: "The ticket queue's name.")
        var ticketQueue = "kiosk-ticket"

        @Option(help: "Ticket paper width in millimetres: 80 or 58.")
        var width: Int?

        @Option(help: "The CUPS server (a socket path or host:port); default: the local one.")
        var server: String?

        func validate() throws {
            guard formPPD == nil || model == nil else { throw ValidationError("give --form-ppd or --model, not both") }
            guard width.map({ TicketPaper(rawValue: $0) != nil }) ?? true else {
                throw ValidationError("--width must be 80 or 58")
            }
        }

        func run() throws {
            let setup = PrinterSetup(
                server: server, formQueue: formQueue, formURI: formURI,
                formDriver: formPPD.map(PrinterSetup.Driver.ppd) ?? .model(model ?? "everywhere"),
                ticketQueue: ticketQueue, ticketURI: ticketURI)
            try setup.run()
            let state = StateFolder(url: URL(fileURLWithPath: options.state))
            try state.prepare()
            var configuration = try state.configuration()
            configuration.usePrinters(of: setup)
            if let paper = width.flatMap(TicketPaper.init(rawValue:)) { configuration.ticketPaper = paper }
            try configuration.write(to: state.configurationURL)
            print("\(formQueue): \(formURI), enabled, accepting, printer-error-policy=retry-job")
            if let ticketURI {
                print("\(ticketQueue): \(ticketURI) (raw), enabled, accepting, printer-error-policy=retry-job")
            }
            print("wrote \(state.configurationURL.path)")
        }
    }
}
