import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension CenterServer {
    func addOpenRosaRoutes(to router: Router<CenterRequestContext>) {
        router.head("submission") { request, _ -> Response in
            do throws(RequestProblem) {
                _ = try device(request)
                var response = Response.openRosa(.noContent)
                response.headers[.openRosaAcceptContentLength] = String(configuration.maxSubmissionBytes)
                return response
            } catch {
                return .problem(error, request)
            }
        }
        router.post("submission") { request, _ -> Response in
            await submission(request)
        }
        router.get("formList") { request, _ -> Response in
            do throws(RequestProblem) {
                _ = try device(request)
                return .openRosa(.ok, xml: OpenRosaDocuments.formList(catalog.forms(), base: publicBase(request)))
            } catch {
                return .problem(error, request)
            }
        }
        router.get("forms/:id/form.xml") { request, context -> Response in
            do throws(RequestProblem) {
                _ = try device(request)
                guard let form = catalog.form(id: context.parameters.get("id") ?? "") else { throw .notFound }
                return try file(form.file)
            } catch {
                return .problem(error, request)
            }
        }
        router.get("forms/:id/manifest") { request, context -> Response in
            do throws(RequestProblem) {
                _ = try device(request)
                guard let form = catalog.form(id: context.parameters.get("id") ?? "") else { throw .notFound }
                return .openRosa(.ok, xml: OpenRosaDocuments.manifest(form, base: publicBase(request)))
            } catch {
                return .problem(error, request)
            }
        }
        router.get("forms/:id/media/:file") { request, context -> Response in
            do throws(RequestProblem) {
                _ = try device(request)
                let name = context.parameters.get("file") ?? ""
                guard let form = catalog.form(id: context.parameters.get("id") ?? ""),
                    let media = form.media.first(where: { $0.filename == name })
                else { throw .notFound }
                return try file(media.file, contentType: "application/octet-stream")
            } catch {
                return .problem(error, request)
            }
        }
        router.get("drafts/:code/status") { request, context -> Response in
            do throws(RequestProblem) {
                _ = try device(request)
                let code = context.parameters.get("code") ?? ""
                guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let stored = try? database.submission(code: code)
                else { throw .notFound }
                let body = try? JSONEncoder().encode(
                    StatusDocument(code: code, state: stored.state.rawValue, reason: stored.reason))
                return .openRosa(
                    .ok, xml: String(decoding: body ?? Data(), as: UTF8.self), contentType: "application/json")
            } catch {
                return .problem(error, request)
            }
        }
    }

    struct StatusDocument: Codable {
        var code: String
        var state: String
        var reason: String?
    }

    func file(_ url: URL, contentType: String = "text/xml; charset=utf-8") throws(RequestProblem) -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .notFound }
        var response = Response.openRosa(.ok)
        response.headers[.contentType] = contentType
        response.body = ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return response
    }

    /// POST /submission: authenticate, read at most the limit, split the multipart, parse the
    /// instance, store it idempotently. Every refusal stores nothing.
    func submission(_ request: Request) async -> Response {
        do throws(RequestProblem) {
            let device = try device(request)
            let boundary = try MultipartParser.boundary(contentType: request.headers[.contentType] ?? "")
            let limit = configuration.maxSubmissionBytes
            if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
                throw .tooLarge(limit)
            }
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: limit)
            } catch {
                throw .tooLarge(limit)
            }
            let parts = try MultipartParser.parts(Data(buffer: body), boundary: boundary)
            guard let xmlPart = parts.first(where: { $0.name == "xml_submission_file" }) else {
                throw .malformed("no xml_submission_file part")
            }
            let instance = try SubmittedInstance.parse(xmlPart.content)
            let code = request.headers[.kioskDraftCode].flatMap { value in
                value.count <= 20 && value.allSatisfy { $0.isASCII && $0.isNumber } ? value : nil
            }
            let outcome: StoreOutcome
            do {
                outcome = try database.store(
                    instance, xml: xmlPart.content, draftCode: code, device: device, at: clock())
            } catch {
                return .openRosa(
                    .serviceUnavailable, xml: OpenRosaDocuments.response("storage unavailable", nature: "error"))
            }
            switch outcome {
            case .created, .duplicate:
                var response = Response.openRosa(
                    .created, xml: OpenRosaDocuments.response("full submission received", nature: "submit_success"))
                response.headers[.location] = publicBase(request) + "/submission"
                return response
            case .conflict:
                throw .conflict
            }
        } catch {
            return .problem(error, request)
        }
    }
}
