import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension CenterServer {
    static let sessionCookie = "center_session"

    func addStaffRoutes(to router: Router<CenterRequestContext>) {
        router.get("/") { _, _ in Response.redirect("/staff") }
        router.get("staff/login") { _, _ in Response.html(StaffPages.login()) }
        router.post("staff/login") { request, _ -> Response in
            let form = await formFields(request)
            guard let user = form["user"], let password = form["password"],
                let token = try? database.login(user: user, password: password, at: clock())
            else {
                return Response.html(status: .unauthorized, StaffPages.login(error: "Sai tên đăng nhập hoặc mật khẩu."))
            }
            // Only a page of ours may follow the login (no open redirect).
            let next = form["next"].flatMap { $0.hasPrefix("/staff") && !$0.contains("//") ? $0 : nil } ?? "/staff"
            var response = Response.redirect(next)
            // Lax: the cookie rides on top-level navigations to the staff pages, never on another
            // site's POST, so a page elsewhere cannot change a draft's state.
            response.setCookie(
                Cookie(name: Self.sessionCookie, value: token, path: "/staff", httpOnly: true, sameSite: .lax))
            return response
        }
        router.post("staff/logout") { request, _ -> Response in
            if let token = request.cookies[Self.sessionCookie]?.value { try? database.logout(session: token) }
            return Response.redirect("/staff/login")
        }
        router.get("staff") { request, _ -> Response in
            guard let user = staffUser(request) else { return Response.redirect("/staff/login") }
            return Response.html(StaffPages.home(user: user, recent: (try? database.recentSubmissions()) ?? []))
        }
        router.get("staff/find") { request, _ -> Response in
            guard let user = staffUser(request) else { return Response.redirect("/staff/login") }
            // A draft code, a personal ID number or a name; never logged (personal data).
            let query = String(
                (request.uri.queryParameters.get("q") ?? request.uri.queryParameters.get("code") ?? "").prefix(200)
            ).replacingOccurrences(of: "+", with: " ")
            let found = (try? database.findSubmissions(query)) ?? []
            if found.count == 1, let code = found[0].draftCode {
                return Response.redirect("/staff/drafts/\(code)")
            }
            if found.isEmpty {
                return Response.html(
                    status: .notFound,
                    StaffPages.home(
                        user: user, recent: (try? database.recentSubmissions()) ?? [],
                        message: "Không tìm thấy hồ sơ nào cho “\(query)”."))
            }
            return Response.html(StaffPages.results(user: user, query: query, found: found))
        }
        router.get("staff/drafts/:code") { request, context -> Response in
            guard let user = staffUser(request) else { return Response.redirect("/staff/login") }
            let code = context.parameters.get("code") ?? ""
            guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let found = try? database.submission(code: code)
            else {
                return Response.html(
                    status: .notFound, StaffPages.message("Không tìm thấy", user: user, "Không tìm thấy."))
            }
            let instance = (try? database.instanceXML(instanceID: found.instanceID)).flatMap { xml in
                xml.flatMap { try? SubmittedInstance.parse($0) }
            }
            return Response.html(
                StaffPages.draft(
                    user: user, submission: found, instance: instance,
                    printable: officialForms?.procedure(formID: found.formID) != nil))
        }
        router.get("staff/drafts/:code/form.pdf") { request, context -> Response in
            guard staffUser(request) != nil else { return Response.redirect("/staff/login") }
            let code = context.parameters.get("code") ?? ""
            guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let found = try? database.submission(code: code),
                let xml = try? database.instanceXML(instanceID: found.instanceID)
            else {
                return Response.html(
                    status: .notFound, StaffPages.message("Không tìm thấy", user: nil, "Không tìm thấy."))
            }
            guard let officialForms, officialForms.procedure(formID: found.formID) != nil else {
                return Response.html(
                    status: .notFound,
                    StaffPages.message("Không in được", user: nil, "Trung tâm chưa có mẫu in cho biểu mẫu này."))
            }
            do {
                let pdf = try officialForms.pdf(instanceXML: xml, formID: found.formID, draftCode: code, date: clock())
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "application/pdf", .cacheControl: "no-store",
                        .contentDisposition: "inline; filename=\"ho-so-\(code).pdf\"",
                    ],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf)))
            } catch {
                // The error names the form, never an answer.
                context.logger.error("draft \(code) not printed: \(error)")
                return Response.html(
                    status: .internalServerError,
                    StaffPages.message("Không in được", user: nil, "Không in được hồ sơ này."))
            }
        }
        router.post("staff/drafts/:code/state") { request, context -> Response in
            guard staffUser(request) != nil else { return Response.redirect("/staff/login") }
            let code = context.parameters.get("code") ?? ""
            let form = await formFields(request)
            guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let found = try? database.submission(code: code),
                let state = form["state"].flatMap(StoredSubmission.State.init(rawValue:))
            else {
                return Response.html(
                    status: .badRequest, StaffPages.message("Lỗi", user: nil, "Yêu cầu không hợp lệ."))
            }
            let reason = form["reason"].map { String($0.prefix(500)) }.flatMap { $0.isEmpty ? nil : $0 }
            try? database.setState(state, reason: reason, instanceID: found.instanceID, at: clock())
            return Response.redirect("/staff/drafts/\(code)")
        }
    }

    /// The logged-in staff user, nil without a live session.
    func staffUser(_ request: Request) -> String? {
        guard let token = request.cookies[Self.sessionCookie]?.value else { return nil }
        return (try? database.staffUser(session: token, at: clock())) ?? nil
    }

    /// The fields of an application/x-www-form-urlencoded body (small: staff forms only).
    func formFields(_ request: Request) async -> [String: String] {
        guard let body = try? await request.body.collect(upTo: configuration.maxFormBytes) else { return [:] }
        var fields: [String: String] = [:]
        for pair in String(buffer: body).split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard let key = kv.first else { continue }
            let value = kv.count > 1 ? kv[1] : ""
            fields[key] = value.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? value
        }
        return fields
    }
}
