import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Applies the rate limits: per device token on requests that carry one (the token is hashed
/// before it is held), per client address on the staff login and on requests without
/// credentials. A refused request gets 429 with Retry-After and touches nothing.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = CenterRequestContext

    final class Buckets: @unchecked Sendable {
        // @unchecked: `buckets` is only touched under `lock`.
        private let lock = NSLock()
        private var buckets: TokenBuckets

        init(_ limit: RateLimit) {
            buckets = TokenBuckets(limit: limit)
        }

        func take(_ key: String, at now: Date) -> TokenBuckets.Decision {
            lock.lock()
            defer { lock.unlock() }
            return buckets.take(key, at: now)
        }
    }

    let devices: Buckets?
    let logins: Buckets?
    let anonymous: Buckets?
    let clock: @Sendable () -> Date

    init(configuration: CenterConfiguration, clock: @escaping @Sendable () -> Date) {
        devices = configuration.deviceRate.map(Buckets.init)
        logins = configuration.loginRate.map(Buckets.init)
        anonymous = configuration.anonymousRate.map(Buckets.init)
        self.clock = clock
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let address = Self.address(context.remoteAddress)
        let decision: TokenBuckets.Decision
        let path = request.uri.path
        if request.method == .post, path == "/staff/login" {
            decision = logins?.take(address, at: clock()) ?? .allowed
        } else if let credential = request.headers[.authorization], !path.hasPrefix("/staff") {
            let key = SHA256.hash(data: Data(credential.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
            decision = devices?.take(key, at: clock()) ?? .allowed
        } else if !path.hasPrefix("/staff"), path != "/" {
            decision = anonymous?.take(address, at: clock()) ?? .allowed
        } else {
            decision = .allowed
        }
        guard case .limited(let seconds) = decision else { return try await next(request, context) }
        return Response(
            status: .tooManyRequests,
            headers: [.retryAfter: String(seconds), .contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: "Too many requests: try again in \(seconds) s.\n")))
    }

    static func address(_ address: SocketAddress?) -> String {
        address?.ipAddress ?? "unknown"
    }
}
