import Foundation

/// Programs the tests run to their end: the real `kiosk` and `center` binaries, sox, zbarimg, pyxform,
/// ODK Validate and JavaRosa.
///
/// Always awaited, never waited for on a thread: Swift's test pool has one thread a core, so a test
/// blocked in `waitUntilExit` while a JVM starts stops every other test of the run, and their
/// deadlines run out on a machine that is only busy.
public enum Program {
    /// How a program ended: its exit status, and what it printed.
    public struct Run: Sendable {
        public var status: Int32
        /// Standard output; with `Errors.withOutput`, the errors too, in the order they came.
        public var output: String
        /// Standard error with `Errors.apart`; empty otherwise.
        public var errors: String
    }

    /// Where a program's standard error goes.
    public enum Errors: Sendable {
        case withOutput, apart
    }

    /// Runs `path` with `arguments` (in `directory`, when given) and awaits its end. Output goes
    /// through files, so a talkative program never blocks on a full pipe and a child that leaves a
    /// daemon behind cannot keep the caller waiting for an end of file.
    public static func run(
        _ path: String, _ arguments: [String], in directory: URL? = nil, errors: Errors = .withOutput
    ) async throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("program-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputFile = scratch.appendingPathComponent("output")
        let errorFile = scratch.appendingPathComponent("errors")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        defer { try? output.close() }
        let errorOutput = try FileHandle(forWritingTo: errorFile)
        defer { try? errorOutput.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors == .apart ? errorOutput : output
        let status = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        func text(_ file: URL) -> String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }
        return Run(status: status, output: text(outputFile), errors: text(errorFile))
    }
}
