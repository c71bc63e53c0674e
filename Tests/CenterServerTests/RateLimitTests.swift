import CenterServer
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The rate limits: the token bucket policy with the time handed in, and the center answering 429
/// with Retry-After per device token and per client address on the staff login.
@Suite struct RateLimitTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aBucketAllowsItsBurstThenRefillsAtItsRate() {
        var buckets = TokenBuckets(limit: RateLimit(burst: 3, perSecond: 1))
        for _ in 0..<3 { #expect(buckets.take("a", at: start) == .allowed) }
        #expect(buckets.take("a", at: start) == .limited(retryAfter: 1))
        #expect(buckets.take("b", at: start) == .allowed, "another key has its own bucket")
        #expect(buckets.take("a", at: start.addingTimeInterval(0.5)) == .limited(retryAfter: 1))
        #expect(buckets.take("a", at: start.addingTimeInterval(1)) == .allowed)
        #expect(buckets.take("a", at: start.addingTimeInterval(1)) == .limited(retryAfter: 1))
        // A long quiet time refills up to the burst, not beyond.
        let later = start.addingTimeInterval(3600)
        for _ in 0..<3 { #expect(buckets.take("a", at: later) == .allowed) }
        #expect(buckets.take("a", at: later) == .limited(retryAfter: 1))
    }

    @Test func retryAfterSaysWhenATokenIsBack() {
        var slow = TokenBuckets(limit: RateLimit(burst: 1, perSecond: 0.1))
        #expect(slow.take("login", at: start) == .allowed)
        #expect(slow.take("login", at: start) == .limited(retryAfter: 10))
        #expect(slow.take("login", at: start.addingTimeInterval(4)) == .limited(retryAfter: 6))
        #expect(slow.take("login", at: start.addingTimeInterval(10)) == .allowed)
    }

    @Test func aClockThatGoesBackRefillsNothing() {
        var buckets = TokenBuckets(limit: RateLimit(burst: 1, perSecond: 1))
        #expect(buckets.take("a", at: start) == .allowed)
        #expect(buckets.take("a", at: start.addingTimeInterval(-3600)) == .limited(retryAfter: 1))
    }

    @Test func theKeysHeldAreBounded() {
        var buckets = TokenBuckets(limit: RateLimit(burst: 2, perSecond: 1), maxKeys: 100)
        for index in 0..<1000 { _ = buckets.take("address-\(index)", at: start) }
        #expect(buckets.count <= 100)
        // Full buckets go first: a limited key stays limited while quiet keys come and go.
        var held = TokenBuckets(limit: RateLimit(burst: 1, perSecond: 1), maxKeys: 2)
        _ = held.take("busy", at: start)
        for index in 0..<10 { _ = held.take("passer-\(index)", at: start.addingTimeInterval(-Double(index + 1) * 10)) }
        #expect(held.take("busy", at: start) == .limited(retryAfter: 1))
    }

    func status(_ request: URLRequest) async throws -> (Int, String?) {
        let (_, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Retry-After"))
    }

    @Test func theCenterAnswers429WithRetryAfterPerTokenAndPerAddress() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rate-center-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = DataFolder(url: folder)
        let database = try data.openDatabase()
        let first = try database.addDevice(name: "kiosk-1", at: Date())
        let second = try database.addDevice(name: "kiosk-2", at: Date())
        var configuration = CenterConfiguration()
        configuration.port = 0
        configuration.deviceRate = RateLimit(burst: 3, perSecond: 0.01)
        configuration.loginRate = RateLimit(burst: 2, perSecond: 0.01)
        let running = try await CenterServer(
            database: database, catalog: FormCatalog(folder: data.formsURL), configuration: configuration
        ).start()
        defer { Task { await running.stop() } }
        let base = "http://127.0.0.1:\(running.port)"

        func head(_ token: String) -> URLRequest {
            var request = URLRequest(url: URL(string: base + "/submission")!)
            request.httpMethod = "HEAD"
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("1.0", forHTTPHeaderField: "X-OpenRosa-Version")
            return request
        }
        for _ in 0..<3 { #expect(try await status(head(first)).0 == 204) }
        let limited = try await status(head(first))
        #expect(limited.0 == 429)
        #expect(limited.1.flatMap(Int.init).map { $0 >= 1 } == true, "Retry-After in seconds")
        #expect(try await status(head(second)).0 == 204, "another terminal is not limited")

        var login = URLRequest(url: URL(string: base + "/staff/login")!)
        login.httpMethod = "POST"
        login.httpBody = Data("user=nobody&password=guess".utf8)
        login.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        for _ in 0..<2 { #expect(try await status(login).0 == 401) }
        let guessing = try await status(login)
        #expect(guessing.0 == 429)
        #expect(guessing.1 != nil)
    }
}
