import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension CenterServer {
    static let sessionCookie = "center_session"

    func addStaffRoutes(to router: Router<BasicRequestContext>) {
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
            let code = (request.uri.queryParameters.get("code") ?? "").trimmingCharacters(in: .whitespaces)
            guard code.allSatisfy({ $0.isASCII && $0.isNumber }), !code.isEmpty,
                (try? database.submission(code: code)) ?? nil != nil
            else {
                return Response.html(
                    status: .notFound,
                    StaffPages.home(
                        user: user, recent: (try? database.recentSubmissions()) ?? [],
                        message: "Không tìm thấy hồ sơ mã \(code)."))
            }
            return Response.redirect("/staff/drafts/\(code)")
        }
        router.get("staff/drafts/:code") { request, context -> Response in
            guard let user = staffUser(request) else { return Response.redirect("/staff/login") }
            let code = context.parameters.get("code") ?? ""
            guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let found = try? database.submission(code: code)
            else {
                return Response.html(
                    status: .notFound, StaffPages.page("Không tìm thấy", user: user, "<p>Không tìm thấy.</p>"))
            }
            let instance = (try? database.instanceXML(instanceID: found.instanceID)).flatMap { xml in
                xml.flatMap { try? SubmittedInstance.parse($0) }
            }
            return Response.html(StaffPages.draft(user: user, submission: found, instance: instance))
        }
        router.post("staff/drafts/:code/state") { request, context -> Response in
            guard staffUser(request) != nil else { return Response.redirect("/staff/login") }
            let code = context.parameters.get("code") ?? ""
            let form = await formFields(request)
            guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let found = try? database.submission(code: code),
                let state = form["state"].flatMap(StoredSubmission.State.init(rawValue:))
            else {
                return Response.html(
                    status: .badRequest, StaffPages.page("Lỗi", user: nil, "<p>Yêu cầu không hợp lệ.</p>"))
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
