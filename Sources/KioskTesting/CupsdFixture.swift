import Foundation
import TestSupport

/// A private cupsd in a temporary directory, with one A4 queue that writes each job to a file.
///
/// Started by `scripts/cupsd-sandbox`, so tests print through the same CUPS setup as `make run`.
/// Call `stop()` when done (in a `defer`); it SIGTERMs cupsd by its PID and removes the directory.
/// Needs root, cupsd and the CUPS client tools; each fixture is independent, so tests may run in
/// parallel.
public final class CupsdFixture: Sendable {
    /// Why the fixture could not start or a CUPS tool failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// The queue the sandbox creates.
    public let queue = "kiosk-a4"
    /// The sandbox directory; gone after `stop()`.
    public let directory: URL
    /// The Unix socket cupsd listens on, for `CUPSConnection(server:)` or `CUPS_SERVER`.
    public let socketPath: String
    /// Where the queue writes what it printed: `kiosk-a4-job-<ID>.pdf` per job.
    public let outputDirectory: URL
    /// The PID of cupsd.
    public let pid: pid_t

    private init(directory: URL, pid: pid_t) {
        self.directory = directory
        self.pid = pid
        socketPath = directory.path + "/cups.sock"
        outputDirectory = directory.appendingPathComponent("out", isDirectory: true)
    }

    /// Creates the sandbox directory and starts cupsd in it; returns once the queue accepts jobs.
    public static func start() async throws -> CupsdFixture {
        // /tmp, not $TMPDIR: cupsd's filters run as `lp`, which must be able to reach the directory,
        // and a socket path must stay under 108 bytes.
        var template = Array("/tmp/kiosk-cupsd-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(description: "mkdtemp failed: \(String(cString: strerror(errno)))")
        }
        let directory = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        do {
            let output = try await sandbox("start", directory)
            // The script's last line is the PID; anything before it is information.
            let last = output.split(separator: "\n").last.map(String.init) ?? ""
            guard let pid = pid_t(last.trimmingCharacters(in: .whitespaces)), pid > 0 else {
                throw Failure(description: "cupsd-sandbox printed no PID: \(output)")
            }
            return CupsdFixture(directory: directory, pid: pid)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }

    /// Runs scripts/cupsd-sandbox COMMAND DIR.
    @discardableResult
    private static func sandbox(_ command: String, _ directory: URL) async throws -> String {
        let script = try repositoryRoot().appendingPathComponent("scripts/cupsd-sandbox")
        return try await runAsync(script.path, [command, directory.path])
    }

    deinit {
        stop()
    }

    /// Stops cupsd (SIGTERM to its PID, then waits up to 10 s for it to go) and removes the
    /// directory. Safe to call more than once.
    public func stop() {
        if isOurCupsd(), kill(pid, SIGTERM) == 0 {
            // Not our child (cupsd-sandbox detached it), so poll for it instead of waitpid.
            // isOurCupsd, not kill(pid, 0): an exited cupsd nobody has reaped yet is a zombie that
            // still answers kill but has no command line.
            for _ in 0..<200 where isOurCupsd() {
                usleep(50_000)
            }
        }
        // A cupsd started again by `startServer()` has another PID; the script finds it by DIR.
        if let script = try? Self.repositoryRoot().appendingPathComponent("scripts/cupsd-sandbox"),
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("cupsd.pid").path)
        {
            _ = try? Self.run(script.path, ["stop", directory.path])
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Stops cupsd but keeps the directory, its queues and jobs: the server going away.
    public func stopServer() async throws {
        try await Self.sandbox("stop", directory)
    }

    /// Starts cupsd again in the same directory (the queues and held jobs come back); `stop()` still
    /// stops it.
    public func startServer() async throws {
        try await Self.sandbox("start", directory)
    }

    /// Whether `pid` is still this sandbox's cupsd, so a second `stop()` never signals a process
    /// that later reused the PID.
    private func isOurCupsd() -> Bool {
        guard let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
        let words = commandLine.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return words.first.map { $0.hasSuffix("cupsd") } == true
            && words.contains { $0.hasPrefix(directory.path + "/") }
    }

    /// The file the queue writes for a job.
    public func outputFile(forJob id: Int) -> URL {
        outputDirectory.appendingPathComponent("\(queue)-job-\(id).pdf")
    }

    /// Waits until the job's file exists and returns its contents; the backend renames it into place
    /// only when complete, so what it returns is all of it.
    ///
    /// - Parameter limit: how long to wait before giving up (a bound for a hung server, not a
    ///   measurement).
    public func printedDocument(forJob id: Int, within limit: Duration = .seconds(120)) async throws -> Data {
        let file = outputFile(forJob: id)
        guard let data = try await Poll.until(within: limit, { FileManager.default.contents(atPath: file.path) }) else {
            throw Failure(description: "job \(id) printed nothing to \(file.path) within \(limit)")
        }
        return data
    }

    /// Runs a CUPS client tool (`cupsdisable`, `lpstat`, `lpadmin`, ...) against this cupsd; returns
    /// its output.
    @discardableResult
    public func runClient(_ tool: String, _ arguments: [String]) throws -> String {
        try Self.run(tool, ["-h", socketPath] + arguments)
    }

    /// CUPS's socket backend, from the `cups` package (Debian keeps it in backend-available and
    /// links it into backend/ on install); `KIOSK_CUPS_SOCKET_BACKEND` names another copy, such as
    /// one unpacked with `apt-get download cups && dpkg -x`.
    public static let socketBackend: String? = {
        let candidates = [
            ProcessInfo.processInfo.environment["KIOSK_CUPS_SOCKET_BACKEND"], "/usr/lib/cups/backend/socket",
            "/usr/lib/cups/backend-available/socket",
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The sandbox links the system's backends; a copy found elsewhere is copied in (cupsd wants a
    /// backend owned by root and not writable by others).
    public func installSocketBackend() throws {
        let target = directory.appendingPathComponent("lib/backend/socket")
        guard !FileManager.default.fileExists(atPath: target.path), let source = Self.socketBackend else { return }
        try FileManager.default.copyItem(atPath: source, toPath: target.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
    }

    /// Runs a program found on PATH (or at an absolute path) and returns its standard output.
    ///
    /// Output goes through temporary files, not pipes: a child that leaves a daemon behind (as
    /// cupsd-sandbox does) cannot then keep us waiting for an end of file, and nothing here needs a
    /// second thread to drain a pipe.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String]) throws -> String {
        let capture = try Capture()
        defer { capture.close() }
        let process = capture.process(program, arguments)
        try process.run()
        process.waitUntilExit()
        return try capture.output(
            of: program, arguments, reason: process.terminationReason, status: process.terminationStatus)
    }

    /// `run`, for async tests: awaits the program (see `Program`), so the waiting blocks no thread of
    /// Swift's cooperative pool.
    @discardableResult
    public static func runAsync(_ program: String, _ arguments: [String]) async throws -> String {
        let run = try await Program.run("/usr/bin/env", [program] + arguments, errors: .apart)
        guard run.status == 0 else {
            throw Failure(
                description:
                    "\(program) \(arguments.joined(separator: " ")) exited with \(run.status): \(run.errors)\(run.output)"
            )
        }
        return run.output
    }

    /// The files a child program writes its output and errors into, in a scratch folder of its own.
    struct Capture {
        let scratch: URL
        let outputFile: URL
        let errorFile: URL
        let output: FileHandle
        let errors: FileHandle

        init() throws {
            scratch = FileManager.default.temporaryDirectory
                .appendingPathComponent("kiosk-run-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            outputFile = scratch.appendingPathComponent("stdout")
            errorFile = scratch.appendingPathComponent("stderr")
            guard FileManager.default.createFile(atPath: outputFile.path, contents: nil),
                FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            else {
                try? FileManager.default.removeItem(at: scratch)
                throw Failure(description: "cannot create output files in \(scratch.path)")
            }
            output = try FileHandle(forWritingTo: outputFile)
            errors = try FileHandle(forWritingTo: errorFile)
        }

        /// `program` with `arguments`, found on PATH, writing into these files; not yet started.
        func process(_ program: String, _ arguments: [String]) -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            return process
        }

        /// What the program wrote, or a failure with its errors when it did not exit with 0.
        func output(of program: String, _ arguments: [String], reason: Process.TerminationReason, status: Int32)
            throws -> String
        {
            let out = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
            guard reason == .exit, status == 0 else {
                let err = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
                throw Failure(
                    description: "\(program) \(arguments.joined(separator: " ")) exited with \(status): \(err)\(out)")
            }
            return out
        }

        func close() {
            try? output.close()
            try? errors.close()
            try? FileManager.default.removeItem(at: scratch)
        }
    }

    /// The repository this file belongs to: the nearest parent of this source file (symlinks
    /// resolved, so a scratch package that links it still finds the real tree) holding the script.
    static func repositoryRoot(file: String = #filePath) throws -> URL {
        var candidate = URL(fileURLWithPath: file).resolvingSymlinksInPath().deletingLastPathComponent()
        while candidate.path != "/" {
            let script = candidate.appendingPathComponent("scripts/cupsd-sandbox")
            if FileManager.default.isExecutableFile(atPath: script.path) {
                return candidate
            }
            candidate.deleteLastPathComponent()
        }
        throw Failure(description: "no scripts/cupsd-sandbox above \(file)")
    }
}
