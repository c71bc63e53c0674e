import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension HTTPField.Name {
    static let openRosaVersion = HTTPField.Name("X-OpenRosa-Version")!
    static let openRosaAcceptContentLength = HTTPField.Name("X-OpenRosa-Accept-Content-Length")!
    static let kioskDraftCode = HTTPField.Name("X-Kiosk-Draft-Code")!
}

extension Response {
    /// A response with the OpenRosa version header every OpenRosa answer carries.
    static func openRosa(
        _ status: HTTPResponse.Status, xml: String? = nil, contentType: String = "text/xml; charset=utf-8"
    )
        -> Response
    {
        var headers: HTTPFields = [.openRosaVersion: "1.0"]
        guard let xml else { return Response(status: status, headers: headers) }
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: xml)))
    }

    /// An OpenRosaResponse explaining a refusal, with the matching status.
    /// A terminal that sent a bearer token gets a Bearer challenge (RFC 6750); anyone else the
    /// Basic challenge OpenRosa clients answer with the token as password. (FoundationNetworking's
    /// URLSession never returns from a 401 carrying a Basic challenge it has no credential for.)
    static func problem(_ problem: RequestProblem, _ request: Request) -> Response {
        var response = Response.openRosa(
            HTTPResponse.Status(code: problem.status), xml: OpenRosaDocuments.response(problem.message, nature: "error")
        )
        if problem == .unauthenticated {
            let bearer = request.headers[.authorization]?.lowercased().hasPrefix("bearer ") == true
            response.headers[.wwwAuthenticate] =
                bearer
                ? "Bearer realm=\"VillageKiosk center\", error=\"invalid_token\""
                : "Basic realm=\"VillageKiosk center\", charset=\"UTF-8\""
        }
        return response
    }

    static func html(_ page: String) -> Response {
        html(status: .ok, page)
    }

    static func html(status: HTTPResponse.Status, _ page: String) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
