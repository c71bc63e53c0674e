import Foundation
import KioskQueue

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The center's board as it changes (`GET /api/queue/feed`, server-sent events), for display
/// boards. When the link drops it connects again, waiting a little longer each time (up to 30 s),
/// so a board in a village with a bad link comes back by itself.
public struct QueueFeed: Sendable {
    public var credential: DeviceCredential

    public init(credential: DeviceCredential) {
        self.credential = credential
    }

    /// Boards as they come, until the caller stops listening. `connected` is told each time the
    /// link comes up (true) or drops (false), for the technician's view.
    public func boards(connected: @escaping @Sendable (Bool) -> Void = { _ in }) -> AsyncStream<Board> {
        // Every board is kept until the display takes it: a display that falls behind (a busy
        // board computer) catches up and still calls every number; only a backlog far beyond any
        // real day's is cut to the newest.
        let (stream, continuation) = AsyncStream.makeStream(of: Board.self, bufferingPolicy: .bufferingNewest(256))
        let credential = self.credential
        let task = Task {
            var wait: Double = 1
            while !Task.isCancelled {
                let delegate = FeedDelegate(continuation: continuation) { connected(true) }
                let configuration = URLSessionConfiguration.ephemeral
                configuration.timeoutIntervalForRequest = 3600
                configuration.timeoutIntervalForResource = .infinity
                let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
                var request = URLRequest(url: credential.baseURL.appendingPathComponent("api/queue/feed"))
                request.setValue(credential.authorization, forHTTPHeaderField: "Authorization")
                request.setValue("text/event-stream", forHTTPHeaderField: "Accept")
                let dataTask = session.dataTask(with: request)
                dataTask.resume()
                let gotBoards = await withTaskCancellationHandler {
                    await delegate.finished()
                } onCancel: {
                    dataTask.cancel()
                }
                session.invalidateAndCancel()
                connected(false)
                wait = gotBoards ? 1 : min(wait * 2, 30)
                try? await Task.sleep(for: .seconds(wait))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}

/// Receives the feed's bytes on URLSession's queue and hands boards on.
final class FeedDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // @unchecked: URLSession calls a delegate serially on its own queue; `state` is only touched
    // there, and `ended` is guarded by the lock.
    let continuation: AsyncStream<Board>.Continuation
    let onFirstBoard: @Sendable () -> Void
    var parser = ServerSentEvents()
    var boards = 0
    let lock = NSLock()
    var ended = false
    var waiter: CheckedContinuation<Bool, Never>?

    init(continuation: AsyncStream<Board>.Continuation, onFirstBoard: @escaping @Sendable () -> Void) {
        self.continuation = continuation
        self.onFirstBoard = onFirstBoard
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for event in parser.feed(data) where event.name == "board" {
            guard let board = try? decoder.decode(Board.self, from: Data(event.data.utf8)) else { continue }
            boards += 1
            if boards == 1 { onFirstBoard() }
            continuation.yield(board)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        ended = true
        let waiter = self.waiter
        self.waiter = nil
        let got = boards > 0
        lock.unlock()
        waiter?.resume(returning: got)
    }

    /// Waits until the connection ends; true when boards came through it.
    func finished() async -> Bool {
        await withCheckedContinuation { continuation in
            lock.lock()
            if ended {
                let got = boards > 0
                lock.unlock()
                continuation.resume(returning: got)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }
}
