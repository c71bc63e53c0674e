import Foundation

/// Prints through a CUPS queue and follows the job until the printer has it all.
///
/// libcups blocks, so every call runs off the caller's actor; the screen keeps drawing.
public struct CUPSFormPrinter: FormPrinter {
    public var queue: String
    /// A socket path or host:port; nil means libcups' default (CUPS_SERVER, client.conf, local socket).
    public var server: String?
    /// How often the job's state is asked for.
    public var pollInterval: Duration = .milliseconds(200)
    /// How long to follow a job before telling the citizen something is wrong. The job stays
    /// queued in CUPS and still prints when the printer comes back.
    public var patience: Duration = .seconds(90)

    public init(queue: String, server: String?) {
        self.queue = queue
        self.server = server
    }

    public func print(pdf: Data, title: String) async throws(PrintError) -> PrintOutcome {
        let job = try await blocking { connection throws(PrintError) in
            try connection.submit(document: pdf, title: title, to: queue)
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        while true {
            let state = try await blocking { connection throws(PrintError) in try connection.state(of: job) }
            switch state {
            case .completed:
                return PrintOutcome(jobID: job.id, destination: queue)
            case .canceled, .aborted:
                throw PrintError(
                    operation: "follow job \(job.id)", destination: queue, status: 0, statusName: state.rawValue,
                    message: "the job was \(state.rawValue)")
            case .pending, .held, .processing, .stopped:
                guard clock.now < deadline else {
                    throw PrintError(
                        operation: "follow job \(job.id)", destination: queue, status: 0, statusName: state.rawValue,
                        message: "still \(state.rawValue) after \(patience)")
                }
                try? await Task.sleep(for: pollInterval)
            }
        }
    }

    /// Runs a libcups call on a fresh connection away from the caller's actor.
    func blocking<T: Sendable>(_ body: @escaping @Sendable (CUPSConnection) throws(PrintError) -> T)
        async throws(PrintError) -> T
    {
        let server = self.server
        let result: Result<T, PrintError> = await Task.detached {
            do throws(PrintError) {
                let connection = if let server { try CUPSConnection(server: server) } else { try CUPSConnection() }
                return .success(try body(connection))
            } catch {
                return .failure(error)
            }
        }.value
        return try result.get()
    }
}
