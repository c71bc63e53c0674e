import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension CenterServer {
    /// The device a request comes from: `Authorization: Bearer TOKEN`, or HTTP Basic with the token
    /// as the password (what ODK clients send). Anything else is refused.
    func device(_ request: Request) throws(RequestProblem) -> Device {
        guard let header = request.headers[.authorization], let token = Self.token(fromAuthorization: header) else {
            throw .unauthenticated
        }
        let found: Device?
        do {
            found = try database.device(token: token)
        } catch {
            throw .unauthenticated
        }
        guard let found else { throw .unauthenticated }
        return found
    }

    static func token(fromAuthorization header: String) -> String? {
        let pieces = header.split(separator: " ", maxSplits: 1).map(String.init)
        guard pieces.count == 2 else { return nil }
        switch pieces[0].lowercased() {
        case "bearer":
            return pieces[1].trimmingCharacters(in: .whitespaces)
        case "basic":
            guard let data = Data(base64Encoded: pieces[1].trimmingCharacters(in: .whitespaces)),
                let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
            else { return nil }
            return String(text[text.index(after: colon)...])
        default:
            return nil
        }
    }

    /// The base of the links the center gives out.
    func publicBase(_ request: Request) -> String {
        if let url = configuration.publicURL { return url.hasSuffix("/") ? String(url.dropLast()) : url }
        return
            "http://\(request.head.authority ?? "\(configuration.host):\(configuration.port)")"
    }
}
