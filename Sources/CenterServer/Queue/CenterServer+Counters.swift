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

/// The HTML of a counter's page, in Vietnamese, for staff.
enum CounterPage {
    static func page(counter: Counter, queue: TicketQueue, user: String, message: String?) -> String {
        let current = counter.current.flatMap { queue.ticket($0) }
        let state: String
        switch current?.state {
        case .called?: state = "đã gọi, đang chờ công dân đến"
        case .serving?: state = "đang phục vụ"
        default: state = "quầy trống"
        }
        let number = current.map { HTML.escape($0.number.description) } ?? "—"
        let waiting = counter.services.map { code -> String in
            let name = queue.service(code)?.name(in: "vi") ?? code
            return
                "<li>\(HTML.escape(code)) · \(HTML.escape(name)): <b>\(queue.waiting(in: code).count)</b> người chờ</li>"
        }.joined()
        let transferOptions = queue.services.map { service -> String in
            "<option value=\"\(HTML.escape(service.code))\">\(HTML.escape(service.code)) · \(HTML.escape(service.name(in: "vi")))</option>"
        }.joined()
        func button(_ action: String, _ label: String) -> String {
            """
            <form method="post" action="/staff/counters/\(counter.number)/\(action)" class="action">\
            <button type="submit" id="\(action)">\(label)</button></form>
            """
        }
        let body = """
            <h2>Quầy số \(counter.number)</h2>
            \(message.map { "<p class=\"error\" id=\"message\">\(HTML.escape($0))</p>" } ?? "")
            <p>Số hiện tại: <span id="current" style="font-size:48px;font-weight:bold">\(number)</span>
            <span id="state">(\(state))</span></p>
            <div class="actions">
            \(button("next", "Gọi số tiếp theo"))\(button("recall", "Gọi lại"))\(button("serve", "Công dân đã đến"))
            \(button("no-show", "Vắng mặt"))\(button("done", "Xong"))
            </div>
            <form method="post" action="/staff/counters/\(counter.number)/transfer">
            <label>Chuyển sang <select name="service" id="transfer-service">\(transferOptions)</select></label>
            <button type="submit" id="transfer">Chuyển</button></form>
            <h3>Đang chờ</h3><ul id="waiting">\(waiting)</ul>
            <style>.action { display: inline-block; margin: 4px; } .action button { font-size: 22px; padding: 14px 20px; }</style>
            """
        return StaffPages.page("Quầy \(counter.number)", user: user, body)
    }
}
