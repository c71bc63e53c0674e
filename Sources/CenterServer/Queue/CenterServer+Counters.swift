import Foundation
import HTTPTypes
import Hummingbird
import KioskQueue
import NIOCore

extension CenterServer {
    /// A counter's staff page (`GET /staff/counters/N`) and its buttons: Next, Recall, Serve,
    /// No-show, Done, Transfer. Plain forms that post and come back, so any browser works.
    func addCounterRoutes(to router: Router<CenterRequestContext>) {
        router.get("staff/counters/:number") { request, context -> Response in
            guard let user = staffUser(request) else { return Response.redirect("/staff/login") }
            guard let desk = queue, let number = context.parameters.get("number").flatMap(Int.init),
                let counter = await desk.queue.counters.first(where: { $0.number == number })
            else {
                return Response.html(
                    status: .notFound, StaffPages.page("Không có quầy", user: user, "<p>Không có quầy này.</p>"))
            }
            let message: String? = request.uri.queryParameters.get("message")
            return Response.html(
                CounterPage.page(counter: counter, queue: await desk.queue, user: user, message: message))
        }
        router.post("staff/counters/:number/:action") { request, context -> Response in
            guard staffUser(request) != nil else { return Response.redirect("/staff/login") }
            guard let desk = queue, let number = context.parameters.get("number").flatMap(Int.init) else {
                return Response.html(
                    status: .notFound, StaffPages.page("Không có quầy", user: nil, "<p>Không có quầy này.</p>"))
            }
            let action = context.parameters.get("action") ?? ""
            let form = await formFields(request)
            let page = "/staff/counters/\(number)"
            do throws(QueueDesk.Failure) {
                _ = try await desk.perform { queue, now throws(QueueError) in
                    switch action {
                    case "next": return try queue.next(counter: number, at: now)
                    case "recall": return try queue.recall(counter: number, at: now)
                    case "serve": return try queue.serve(counter: number, at: now)
                    case "no-show": return try queue.noShow(counter: number, at: now)
                    case "done": return try queue.done(counter: number, at: now)
                    case "transfer": return try queue.transfer(counter: number, to: form["service"] ?? "", at: now)
                    case "close": return try queue.setOpen(false, counter: number, at: now)
                    default: throw .unknownCounter(number)
                    }
                }
            } catch {
                let text = "\(error)".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return Response.redirect("\(page)?message=\(text)")
            }
            return Response.redirect(page)
        }
    }
}

/// A counter's page, in Vietnamese, for staff (Templates/counter.mustache).
enum CounterPage {
    static func page(counter: Counter, queue: TicketQueue, user: String, message: String?) -> String {
        let current = counter.current.flatMap { queue.ticket($0) }
        let state: String
        switch current?.state {
        case .called?: state = "đã gọi, đang chờ công dân đến"
        case .serving?: state = "đang phục vụ"
        default: state = "quầy trống"
        }
        let actions = [
            ("next", "Gọi số tiếp theo"), ("recall", "Gọi lại"), ("serve", "Công dân đã đến"), ("no-show", "Vắng mặt"),
            ("done", "Xong"),
        ].map { ["action": $0.0, "label": $0.1, "number": counter.number] as [String: Any] }
        let waiting = counter.services.map { code -> [String: Any] in
            ["code": code, "name": queue.service(code)?.name(in: "vi") ?? code, "count": queue.waiting(in: code).count]
        }
        let services = queue.services.map { ["code": $0.code, "name": $0.name(in: "vi")] }
        return StaffPages.render(
            "counter",
            StaffPages.present([
                "title": "Quầy \(counter.number)", "user": user, "number": counter.number, "message": message,
                "current": current.map { $0.number.description } ?? "—", "state": state, "actions": actions,
                "waiting": waiting, "services": services,
            ]))
    }
}
