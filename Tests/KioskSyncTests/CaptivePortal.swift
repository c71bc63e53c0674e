import Foundation
import Hummingbird
import Logging

/// A tiny second server that answers every request with 200 and a login page, as hotel and
/// village Wi-Fi portals do.
struct CaptivePortal {
    let port: Int
    let task: Task<Void, any Error>

    static func start() async throws -> CaptivePortal {
        let router = Router()
        let page = "<html><body>Đăng nhập Wi-Fi</body></html>"
        for method in [HTTPRequest.Method.get, .head, .post] {
            router.on("submission", method: method) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "text/html"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
            }
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "portal")
        logger.logLevel = .warning
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.run() }
        for await port in ports { return CaptivePortal(port: port, task: task) }
        throw CancellationError()
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}
