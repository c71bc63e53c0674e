import Foundation

/// Where the terminal's documents go: CUPS queues through the ``PrintSpooler`` on a terminal
/// (``SpooledPrinter``), a folder for screenshots and headless runs (``DirectoryPrinter``).
public protocol DocumentPrinter: Sendable {
    /// Prints `document` and returns once it is printed, or cannot be. A printer that is away (out of
    /// paper, stopped, unreachable) is waited for, not given up on: `conditions` hears each change of
    /// its condition meanwhile (`.outOfPaper`, then `.ready` when paper is loaded), so the citizen can
    /// be told. Cancel the calling task to stop waiting.
    func print(_ document: PrintDocument, conditions: @escaping @Sendable (PrinterCondition) -> Void)
        async throws(PrintError) -> PrintOutcome
}

/// One document to print: its bytes, their format, and the job's title.
public struct PrintDocument: Sendable, Equatable {
    /// What the bytes are, as CUPS is told.
    public enum Format: String, Sendable, Equatable {
        /// A PDF for the A4 printer.
        case pdf = "application/pdf"
        /// Bytes for the printer as they are (ESC/POS tickets), on a raw queue.
        case raw = "application/vnd.cups-raw"

        /// The file name extension a folder printer gives it.
        public var fileExtension: String {
            switch self {
            case .pdf: "pdf"
            case .raw: "bin"
            }
        }
    }

    public var data: Data
    public var format: Format
    /// Names the job in queues, logs and file names, so it must never contain personal data: use the
    /// draft code or the ticket number.
    public var title: String

    public init(data: Data, format: Format, title: String) {
        self.data = data
        self.format = format
        self.title = title
    }
}

/// How a print ended.
public struct PrintOutcome: Sendable, Equatable {
    /// The job's id at the printer (CUPS job id), when there is one.
    public var jobID: Int?
    /// The queue or file it went to.
    public var destination: String

    public init(jobID: Int?, destination: String) {
        self.jobID = jobID
        self.destination = destination
    }
}
