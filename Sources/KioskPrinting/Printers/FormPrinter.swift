import Foundation

/// Where finished documents go: a CUPS queue on the terminal, a folder for screenshots and tests.
public protocol FormPrinter: Sendable {
    /// Prints a PDF and returns once it is printed (or has failed for good). `title` names the
    /// job in queues and logs, so it must never contain personal data: use the draft code.
    func print(pdf: Data, title: String) async throws(PrintError) -> PrintOutcome
}

/// How a print ended.
public struct PrintOutcome: Sendable, Equatable {
    /// The job's id at the printer (CUPS job id), when there is one.
    public var jobID: Int?
    public var destination: String

    public init(jobID: Int?, destination: String) {
        self.jobID = jobID
        self.destination = destination
    }
}
