/// How the center serves.
public struct CenterConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests); the chosen one is reported once listening.
    public var port = 8080
    /// The largest submission body accepted (OpenRosa's X-OpenRosa-Accept-Content-Length).
    public var maxSubmissionBytes = 10 * 1024 * 1024
    /// The largest staff form body.
    public var maxFormBytes = 16 * 1024
    /// The URL terminals reach the center at, used in form-list download links; nil takes the
    /// request's Host header over http (set it when a TLS proxy stands in front).
    public var publicURL: String?
    /// Requests per device token (nil: no limit; the benchmarks measure capacity without one).
    public var deviceRate: RateLimit? = RateLimit(burst: 200, perSecond: 50)
    /// Staff login attempts per client address.
    public var loginRate: RateLimit? = RateLimit(burst: 10, perSecond: 0.1)
    /// Requests without credentials (other than the staff pages) per client address.
    public var anonymousRate: RateLimit? = RateLimit(burst: 30, perSecond: 5)

    public init() {}
}
