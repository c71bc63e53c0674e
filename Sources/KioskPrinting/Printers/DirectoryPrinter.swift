import Foundation

/// A "printer" that writes each document as a file into a folder, `<title>.pdf` or `<title>.bin`:
/// for screenshots, previews and headless runs without CUPS. It is never away, so it reports no
/// conditions.
public struct DirectoryPrinter: DocumentPrinter {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func print(_ document: PrintDocument, conditions: @escaping @Sendable (PrinterCondition) -> Void)
        async throws(PrintError) -> PrintOutcome
    {
        let safe = document.title.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        let url = directory.appendingPathComponent(String(safe) + "." + document.format.fileExtension)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try document.data.write(to: url, options: .atomic)
        } catch {
            throw PrintError(
                operation: "write", destination: url.path, status: 0, statusName: "file", message: "\(error)")
        }
        return PrintOutcome(jobID: nil, destination: url.path)
    }
}
