import Foundation

/// Starts a program and waits for it without holding a thread of Swift's pool: the wait resumes
/// from the Process termination handler.
final class RunningProcess: @unchecked Sendable {
    // @unchecked: Process is thread-safe for these calls; `output` is read after termination only.
    let process = Process()
    private let pipe = Pipe()
    private let exited: AsyncStream<Int32>
    private let continuation: AsyncStream<Int32>.Continuation

    init(_ executable: URL, _ arguments: [String]) throws {
        (exited, continuation) = AsyncStream.makeStream(of: Int32.self)
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let continuation = self.continuation
        process.terminationHandler = { process in
            continuation.yield(process.terminationStatus)
            continuation.finish()
        }
        try process.run()
    }

    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the end; returns the status and everything it wrote.
    func wait() async -> (status: Int32, output: String) {
        var status: Int32 = -1
        for await value in exited { status = value }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return (status, String(decoding: data, as: UTF8.self))
    }
}

/// The `kiosk` executable built beside the test bundle.
func kioskExecutable() -> URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kiosk")
}
