import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A center started in this process (tests, benchmarks): its port, and a way to stop it.
public final class RunningCenter: Sendable {
    public let port: Int
    let task: Task<Void, any Error>

    init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}

extension CenterServer {
    /// Starts serving in the background; returns once the socket listens.
    public func start() async throws(CenterError) -> RunningCenter {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = application { port in continuation.yield(port) }
        let task = Task {
            defer { continuation.finish() }
            try await app.run()
        }
        for await port in ports {
            return RunningCenter(port: port, task: task)
        }
        let failure = await task.result
        throw CenterError(operation: "listen on \(configuration.host):\(configuration.port)", reason: "\(failure)")
    }
}
