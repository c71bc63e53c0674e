import Foundation

/// One CUPS queue, printed to through a shared ``PrintSpooler``: each document is submitted once
/// and followed until it printed, however long the printer is away, and the queue's condition
/// changes are reported meanwhile.
///
/// A terminal makes one spooler and one `SpooledPrinter` per queue (the A4 queue, the raw ticket
/// queue), so both queues' jobs go through the same CUPS connection and thread.
public struct SpooledPrinter: DocumentPrinter {
    public let spooler: PrintSpooler
    /// The CUPS queue.
    public let queue: String

    public init(spooler: PrintSpooler, queue: String) {
        self.spooler = spooler
        self.queue = queue
    }

    public func print(_ document: PrintDocument, conditions: @escaping @Sendable (PrinterCondition) -> Void)
        async throws(PrintError) -> PrintOutcome
    {
        let outcome = await spooler.print(
            document.data, format: document.format.rawValue, title: document.title, to: queue, conditions: conditions)
        switch outcome {
        case .printed(let jobID):
            return PrintOutcome(jobID: jobID, destination: queue)
        case .failed(let reason):
            throw PrintError(operation: "print", destination: queue, status: 0, statusName: "failed", message: reason)
        }
    }
}
