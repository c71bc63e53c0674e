import Foundation

/// Programs the tests run to their end: the real `kiosk` and `center` binaries, sox, zbarimg.
public enum Program {
    /// How a program ended: its exit status, and its output and errors together.
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `path` with `arguments` (in `directory`, when given) and waits for it without holding a
    /// thread of the test pool. The output goes through a file, so a talkative program never
    /// blocks on a full pipe.
    public static func run(_ path: String, _ arguments: [String], in directory: URL? = nil) async throws -> Run {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("program-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = handle
        process.standardError = handle
        let status = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        return Run(status: status, output: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
