import Foundation

/// A "printer" that writes each document as a file into a folder: for screenshots and previews.
public struct DirectoryPrinter: FormPrinter {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func print(pdf: Data, title: String) async throws(PrintError) -> PrintOutcome {
        let safe = title.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        let url = directory.appendingPathComponent(String(safe) + ".pdf")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try pdf.write(to: url, options: .atomic)
        } catch {
            throw PrintError(
                operation: "write", destination: url.path, status: 0, statusName: "file", message: "\(error)")
        }
        return PrintOutcome(jobID: nil, destination: url.path)
    }
}
