import Foundation
import Mustache

/// The staff pages, rendered on the server from the Mustache templates in Templates/ (shipped as
/// the target's resources; Mustache escapes every value): large text, no scripts needed, readable
/// on a cheap office PC and printable from the browser.
enum StaffPages {
    /// The templates, read once; nil when they cannot be found or parsed (every page then says so).
    static let library: MustacheLibrary? = loadLibrary()

    /// The folder of the templates: $CENTER_TEMPLATES, else the resource bundle beside the program
    /// (a build, or an installed copy of it), else /usr/share/villagekiosk/center-templates.
    static func templatesFolder() -> URL? {
        let manager = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CENTER_TEMPLATES"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        let bundleName = "VillageKiosk_CenterServer.resources"
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for base in [Bundle.main.bundleURL, executable, executable.deletingLastPathComponent()] {
            candidates.append(base.appendingPathComponent(bundleName).appendingPathComponent("Templates"))
        }
        candidates.append(URL(fileURLWithPath: "/usr/share/villagekiosk/center-templates"))
        return candidates.first { manager.fileExists(atPath: $0.appendingPathComponent("header.mustache").path) }
    }

    static func loadLibrary() -> MustacheLibrary? {
        guard let folder = templatesFolder(),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return nil }
        var library = MustacheLibrary()
        for name in names where name.hasSuffix(".mustache") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                (try? library.register(text, named: String(name.dropLast(".mustache".count)))) != nil
            else { return nil }
        }
        return library
    }

    static func render(_ template: String, _ context: [String: Any]) -> String {
        library?.render(context, withTemplate: template)
            ?? """
            <!doctype html><html lang="vi"><meta charset="utf-8"><title>Lỗi</title>
            <p>Không hiển thị được trang: thiếu mẫu trang của máy chủ (Templates).</p></html>
            """
    }

    /// A page around HTML made by the caller (the counter pages), its title escaped.
    static func page(_ title: String, user: String?, _ body: String) -> String {
        render("page", present(["title": title, "user": user, "body": body]))
    }

    /// A page with one sentence.
    static func message(_ title: String, user: String?, _ message: String) -> String {
        render("message", present(["title": title, "user": user, "message": message]))
    }

    static func login(error: String? = nil) -> String {
        render("login", present(["title": "Đăng nhập", "error": error]))
    }

    static func home(user: String, recent: [StoredSubmission], message: String? = nil) -> String {
        render(
            "home", present(["title": "Hồ sơ", "user": user, "message": message, "recent": recent.map(row)]))
    }

    static func results(user: String, query: String, found: [StoredSubmission]) -> String {
        render(
            "results",
            ["title": "Kết quả tìm", "user": user, "query": query, "count": found.count, "found": found.map(row)])
    }

    static func draft(
        user: String, submission: StoredSubmission, instance: SubmittedInstance?, printable: Bool = false
    ) -> String {
        let fields = (instance?.fields ?? []).filter { !$0.path.hasPrefix("meta/") }.map {
            ["path": $0.path, "value": $0.value]
        }
        let states = StoredSubmission.State.allCases.map { state -> [String: Any] in
            ["value": state.rawValue, "label": label(state), "selected": state == submission.state]
        }
        return render(
            "draft",
            [
                "title": "Hồ sơ \(submission.draftCode ?? "")", "user": user, "code": submission.draftCode ?? "",
                "submission": row(submission), "fields": fields, "states": states, "printable": printable,
            ])
    }

    /// What the templates show of a submission.
    static func row(_ item: StoredSubmission) -> [String: Any] {
        present([
            "code": item.draftCode, "form": item.formID, "version": item.formVersion ?? "",
            "device": item.deviceName, "received": timestamp(item.receivedAt), "state": item.state.rawValue,
            "stateLabel": label(item.state), "reason": item.reason,
        ])
    }

    /// The values that are there: a missing one is left out, so a section on it does not show.
    static func present(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }

    static func label(_ state: StoredSubmission.State) -> String {
        switch state {
        case .received: "Đã nhận"
        case .processing: "Đang xử lý"
        case .ready: "Đã có kết quả"
        case .rejected: "Từ chối"
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        return formatter.string(from: date)
    }
}
