import Foundation

/// The staff pages, rendered on the server as plain HTML: large text, no scripts needed, readable
/// on a cheap office PC and printable from the browser.
enum StaffPages {
    static func page(_ title: String, user: String?, _ body: String) -> String {
        let logout =
            user.map {
                """
                <form method="post" action="/staff/logout" class="logout"><span>\(HTML.escape($0))</span>
                <button type="submit">Đăng xuất</button></form>
                """
            } ?? ""
        return """
            <!doctype html>
            <html lang="vi"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body { font-family: "Noto Sans", sans-serif; font-size: 18px; margin: 0; color: #1a1a1a; }
            header { background: #b71c1c; color: white; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
            header h1 { font-size: 22px; margin: 0; }
            main { padding: 24px; max-width: 960px; }
            input, select, button { font-size: 18px; padding: 8px 12px; }
            table { border-collapse: collapse; width: 100%; margin: 12px 0; }
            th, td { border: 1px solid #ccc; padding: 6px 10px; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            .state { font-weight: bold; padding: 2px 8px; border-radius: 4px; background: #e3f2fd; }
            .state.rejected { background: #ffebee; } .state.ready { background: #e8f5e9; }
            .error { color: #b71c1c; font-weight: bold; }
            .logout { display: inline; } .logout span { margin-right: 12px; }
            @media print { header, form, .noprint { display: none; } }
            </style></head>
            <body><header><h1>Trung tâm Phục vụ hành chính công</h1>\(logout)</header>
            <main>\(body)</main></body></html>
            """
    }

    static func login(error: String? = nil) -> String {
        page(
            "Đăng nhập", user: nil,
            """
            <h2>Đăng nhập cán bộ</h2>
            \(error.map { "<p class=\"error\">\(HTML.escape($0))</p>" } ?? "")
            <form method="post" action="/staff/login">
            <p><label>Tên đăng nhập<br><input name="user" id="user" autocomplete="username" required></label></p>
            <p><label>Mật khẩu<br><input name="password" id="password" type="password" autocomplete="current-password" required></label></p>
            <input type="hidden" name="next" value="/staff">
            <p><button type="submit" id="login">Đăng nhập</button></p>
            </form>
            """)
    }

    static func home(user: String, recent: [StoredSubmission], message: String? = nil) -> String {
        var rows = ""
        for item in recent {
            let code = item.draftCode ?? "—"
            let link = item.draftCode.map { "<a href=\"/staff/drafts/\($0)\">\($0)</a>" } ?? code
            rows += """
                <tr><td>\(link)</td><td>\(HTML.escape(item.formID))</td><td>\(HTML.escape(item.deviceName))</td>
                <td>\(timestamp(item.receivedAt))</td><td>\(stateBadge(item))</td></tr>
                """
        }
        return page(
            "Hồ sơ", user: user,
            """
            <h2>Tìm hồ sơ theo mã</h2>
            \(message.map { "<p class=\"error\">\(HTML.escape($0))</p>" } ?? "")
            <form method="get" action="/staff/find">
            <input name="code" id="code" inputmode="numeric" pattern="[0-9]*" placeholder="Mã hồ sơ" required autofocus>
            <button type="submit" id="find">Tìm</button></form>
            <h2>Hồ sơ mới nhận</h2>
            <table><tr><th>Mã</th><th>Biểu mẫu</th><th>Máy</th><th>Nhận lúc</th><th>Trạng thái</th></tr>\(rows)</table>
            """)
    }

    static func draft(user: String, submission: StoredSubmission, instance: SubmittedInstance?) -> String {
        var fields = ""
        for field in instance?.fields ?? [] where !field.path.hasPrefix("meta/") {
            fields += "<tr><th>\(HTML.escape(field.path))</th><td>\(HTML.escape(field.value))</td></tr>"
        }
        let options = StoredSubmission.State.allCases.map { state in
            "<option value=\"\(state.rawValue)\"\(state == submission.state ? " selected" : "")>\(label(state))</option>"
        }.joined()
        let code = HTML.escape(submission.draftCode ?? "")
        return page(
            "Hồ sơ \(submission.draftCode ?? "")", user: user,
            """
            <p class="noprint"><a href="/staff">← Danh sách</a></p>
            <h2>Hồ sơ mã <span id="draft-code">\(code)</span></h2>
            <p>Biểu mẫu: \(HTML.escape(submission.formID)) \(HTML.escape(submission.formVersion ?? "")) ·
            Nhận lúc \(timestamp(submission.receivedAt)) từ \(HTML.escape(submission.deviceName)) ·
            Trạng thái: <span id="state">\(stateBadge(submission))</span></p>
            <table id="answers">\(fields)</table>
            <p class="noprint"><button type="button" id="print" onclick="window.print()">In hồ sơ</button></p>
            <h3 class="noprint">Cập nhật trạng thái</h3>
            <form method="post" action="/staff/drafts/\(code)/state">
            <select name="state" id="new-state">\(options)</select>
            <input name="reason" id="reason" placeholder="Lý do (nếu từ chối)" maxlength="500">
            <button type="submit" id="save-state">Lưu</button></form>
            """)
    }

    static func label(_ state: StoredSubmission.State) -> String {
        switch state {
        case .received: "Đã nhận"
        case .processing: "Đang xử lý"
        case .ready: "Đã có kết quả"
        case .rejected: "Từ chối"
        }
    }

    static func stateBadge(_ item: StoredSubmission) -> String {
        "<span class=\"state \(item.state.rawValue)\">\(label(item.state))</span>"
            + (item.reason.map { " — \(HTML.escape($0))" } ?? "")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        return formatter.string(from: date)
    }
}
