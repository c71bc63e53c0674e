import CenterServer
import Foundation
import Testing

@testable import KioskSync

/// The staff path in a real headless browser (Debian's chromium): log in, find a draft by its
/// code, see it, print it (to PDF).
@Suite(.serialized) struct StaffBrowserTests {
    func chromium(_ arguments: [String], profile: URL) async throws -> String {
        let run = try RunningProcess(
            URL(fileURLWithPath: "/usr/bin/chromium"),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=\(profile.path)", "--virtual-time-budget=8000",
            ] + arguments)
        return await run.wait().output
    }

    @Test func staffLogInFindADraftByCodeSeeAndPrintIt() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "chromium (Debian) is needed")
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        try center.database.addStaff(user: "canbo", password: "mat-khau-dai", at: Date())
        let client = OpenRosaClient(credential: center.credential)
        #expect(
            await client.submit(instanceXML: instanceXML(id: "uuid:w1", name: "Nguyễn Thị Hoa"), draftCode: "31415926")
                == .accepted(status: 201))
        let work = center.folder.appendingPathComponent("browser")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

        // Not logged in: the draft's page shows the login form and nothing of the draft.
        let anonymous = try await chromium(
            ["--dump-dom", "\(center.baseURL.absoluteString)/staff/drafts/31415926"],
            profile: work.appendingPathComponent("p0"))
        #expect(anonymous.contains("id=\"login\"") && !anonymous.contains("Nguyễn Thị Hoa"))

        // A page that fills the login form as a person would and submits it; the login goes on to
        // the search by code, which opens the draft.
        let login = work.appendingPathComponent("login.html")
        try """
        <!doctype html><meta charset="utf-8"><form method="post" action="\(center.baseURL.absoluteString)/staff/login">
        <input name="user" value="canbo"><input name="password" value="mat-khau-dai">
        <input name="next" value="/staff/find?code=31415926"></form><script>document.forms[0].submit()</script>
        """.write(to: login, atomically: true, encoding: .utf8)
        let dom = try await chromium(["--dump-dom", login.absoluteString], profile: work.appendingPathComponent("p1"))
        #expect(dom.contains("<span id=\"draft-code\">31415926</span>"))
        #expect(dom.contains("Nguyễn Thị Hoa"))
        #expect(dom.contains("Đã nhận"))

        let wrong = work.appendingPathComponent("wrong.html")
        try String(contentsOf: login, encoding: .utf8).replacingOccurrences(of: "mat-khau-dai", with: "doan-bua")
            .write(to: wrong, atomically: true, encoding: .utf8)
        let refused = try await chromium(
            ["--dump-dom", wrong.absoluteString], profile: work.appendingPathComponent("p2"))
        #expect(refused.contains("Sai tên đăng nhập") && !refused.contains("Nguyễn Thị Hoa"))

        // Print: the draft page as the browser prints it, and a screenshot to look at.
        let pdf = work.appendingPathComponent("draft.pdf")
        _ = try await chromium(
            ["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", login.absoluteString],
            profile: work.appendingPathComponent("p3"))
        let text = try TLSFixture.shell("pdftotext \(pdf.path) -")
        #expect(text.contains("31415926") && text.contains("Nguyễn Thị Hoa"))
        #expect(!text.contains("Cập nhật trạng thái"))  // the staff controls are not printed
        if let shots = ProcessInfo.processInfo.environment["STAFF_SCREENSHOT_DIR"] {
            _ = try await chromium(
                ["--screenshot=\(shots)/staff-draft.png", "--window-size=1280,900", login.absoluteString],
                profile: work.appendingPathComponent("p4"))
        }
    }
}
