/// Why the center refuses a request, each with the HTTP status it answers with.
public enum RequestProblem: Error, Equatable, Sendable {
    case malformed(String)
    case unsupportedMedia(String)
    case tooLarge(Int)
    case unauthenticated
    case notFound
    case conflict

    public var status: Int {
        switch self {
        case .malformed: 400
        case .unsupportedMedia: 415
        case .tooLarge: 413
        case .unauthenticated: 401
        case .notFound: 404
        case .conflict: 409
        }
    }

    public var message: String {
        switch self {
        case .malformed(let why): "malformed request: \(why)"
        case .unsupportedMedia(let why): "unsupported media type: \(why)"
        case .tooLarge(let limit): "request larger than \(limit) bytes"
        case .unauthenticated: "a device token is required"
        case .notFound: "not found"
        case .conflict: "another submission with this instanceID is already held"
        }
    }
}
