import Foundation

/// Creates the terminal's CUPS queues with `lpadmin`: the A4 queue for forms and, when there is a
/// ticket printer, a raw queue for ESC/POS tickets. Both are enabled and accepting, with
/// `printer-error-policy=retry-job`, so a job waits while the printer is out of paper or away
/// instead of being aborted (``PrintSpooler`` then reports the condition and sees it through).
public struct PrinterSetup: Sendable, Equatable {
    /// How CUPS drives the A4 printer.
    public enum Driver: Sendable, Equatable {
        /// A PPD file (`lpadmin -P`).
        case ppd(String)
        /// A model from `lpinfo -m`, such as "everywhere" for a driverless IPP printer (`lpadmin -m`).
        case model(String)
    }

    /// The CUPS server (a socket path or host:port); nil for the local one.
    public var server: String?
    public var formQueue: String
    /// The A4 printer's device URI, such as `usb://HP/LaserJet...` or `ipp://192.168.1.20/ipp/print`.
    public var formURI: String
    public var formDriver: Driver
    public var ticketQueue: String
    /// The ticket printer's device URI, such as `socket://192.168.1.30:9100`; nil when there is none.
    public var ticketURI: String?

    public init(
        server: String? = nil, formQueue: String = "kiosk-a4", formURI: String,
        formDriver: Driver = .model("everywhere"),
        ticketQueue: String = "kiosk-ticket", ticketURI: String? = nil
    ) {
        self.server = server
        self.formQueue = formQueue
        self.formURI = formURI
        self.formDriver = formDriver
        self.ticketQueue = ticketQueue
        self.ticketURI = ticketURI
    }

    /// The `lpadmin` argument lists, in the order they run.
    public var commands: [[String]] {
        let host = server.map { ["-h", $0] } ?? []
        let driver =
            switch formDriver {
            case .ppd(let path): ["-P", path]
            case .model(let model): ["-m", model]
            }
        // -E after -p enables the queue and makes it accept jobs.
        var commands = [
            host + ["-p", formQueue, "-E", "-v", formURI] + driver + ["-o", "printer-error-policy=retry-job"]
        ]
        if let ticketURI {
            commands.append(
                host + ["-p", ticketQueue, "-E", "-v", ticketURI, "-m", "raw", "-o", "printer-error-policy=retry-job"])
        }
        return commands
    }

    /// Runs `lpadmin` for each queue; the first failure stops with what lpadmin said.
    public func run(lpadmin: String = "lpadmin") throws(PrintError) {
        for arguments in commands {
            let queue = arguments[arguments.firstIndex(of: "-p").map { $0 + 1 } ?? 0]
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [lpadmin] + arguments
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                throw PrintError(
                    operation: "lpadmin", destination: queue, status: 0, statusName: "not-run", message: "\(error)")
            }
            // lpadmin says little, so reading after it ends cannot fill the pipe.
            process.waitUntilExit()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                throw PrintError(
                    operation: "lpadmin", destination: queue, status: Int(process.terminationStatus),
                    statusName: "exit-status", message: said.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }
}
