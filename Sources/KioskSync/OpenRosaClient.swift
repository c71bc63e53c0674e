import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The terminal's side of the OpenRosa APIs (form submission, form discovery) and of the
/// center's draft-status endpoint, over URLSession (libcurl on Linux; https verified against the
/// system's certificate store).
public struct OpenRosaClient: Sendable {
    public var credential: DeviceCredential
    let session: URLSession
    let clock: @Sendable () -> Date
    /// The longest any one request may take, answer included.
    let deadline: TimeInterval

    /// A client with its own session; `timeout` bounds each request, so a stalled link fails
    /// instead of hanging the uploader.
    public init(
        credential: DeviceCredential, timeout: TimeInterval = 20, clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.credential = credential
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
        self.clock = clock
        deadline = timeout * 2
    }

    var submissionURL: URL { credential.baseURL.appendingPathComponent("submission") }

    /// A request with the OpenRosa headers (version, date) and the device's credential.
    func request(_ url: URL, method: String) -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("1.0", forHTTPHeaderField: "X-OpenRosa-Version")
        request.setValue(HTTPDate.string(clock()), forHTTPHeaderField: "Date")
        request.setValue(credential.authorization, forHTTPHeaderField: "Authorization")
        request.setValue("VillageKiosk", forHTTPHeaderField: "User-Agent")
        return request
    }

    /// Sends `request`; nil response and a reason when nothing answered.
    func send(_ request: URLRequest) async -> Result<(Data, HTTPURLResponse), TransportFailure> {
        // URLSession's own timeouts do not cover every stall (on Linux a 401 with a Basic challenge
        // never returns), so each request also races a deadline, and loses its task when it passes.
        let session = self.session
        let deadline = deadline
        return await withTaskGroup(of: Result<(Data, HTTPURLResponse), TransportFailure>?.self) { group in
            group.addTask { await Self.perform(request, on: session) }
            group.addTask {
                try? await Task.sleep(for: .seconds(deadline))
                return Task.isCancelled ? nil : .failure(TransportFailure(reason: "timed out"))
            }
            var first: Result<(Data, HTTPURLResponse), TransportFailure>?
            while first == nil, let next = await group.next() { first = next }
            group.cancelAll()
            return first ?? .failure(TransportFailure(reason: "cancelled"))
        }
    }

    static func perform(_ request: URLRequest, on session: URLSession) async -> Result<
        (Data, HTTPURLResponse), TransportFailure
    > {
        do {
            let (data, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else {
                return .failure(TransportFailure(reason: "not an HTTP response"))
            }
            return .success((data, http))
        } catch let error as URLError {
            return .failure(TransportFailure(reason: Self.describe(error)))
        } catch {
            return .failure(TransportFailure(reason: "\(type(of: error))"))
        }
    }

    struct TransportFailure: Error {
        var reason: String
    }

    static func describe(_ error: URLError) -> String {
        switch error.code {
        case .cannotConnectToHost: "connection refused"
        case .timedOut: "timed out"
        case .networkConnectionLost: "connection lost"
        case .cannotFindHost, .dnsLookupFailed: "host not found"
        case .notConnectedToInternet: "not connected"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
            .serverCertificateHasUnknownRoot, .secureConnectionFailed, .clientCertificateRejected:
            "TLS failed (\(error.code.rawValue))"
        default:
            // libcurl's certificate failures come as code -1 with curl's message ("SSL certificate problem").
            error.localizedDescription.contains("SSL")
                ? "TLS failed (\(error.localizedDescription.prefix(120)))" : "URL error \(error.code.rawValue)"
        }
    }

    /// Whether the answer came from an OpenRosa server: the spec has every response carry
    /// X-OpenRosa-Version; a portal or a proxy's page does not.
    static func isOpenRosa(_ response: HTTPURLResponse) -> Bool {
        response.value(forHTTPHeaderField: "X-OpenRosa-Version") != nil
    }

    /// Sorts an HTTP answer to a submission (or its preflight) into the outcomes the policy knows.
    static func classify(status: Int, openRosa: Bool, message: String?) -> SubmissionOutcome {
        switch status {
        case 201, 202, 204: openRosa ? .accepted(status: status) : .captivePortal(status: status)
        case 200...299, 300...399: .captivePortal(status: status)
        case 401, 403: .unauthorized(status: status)
        case 409: .conflict
        case 408, 429, 500...599: .serverError(status: status)
        // Only the center's own refusal is final; a 4xx from something else on the way (a proxy
        // that mangled the request) is worth another try.
        case 400...499: openRosa ? .refused(status: status, message: message) : .serverError(status: status)
        default: .serverError(status: status)
        }
    }
}
