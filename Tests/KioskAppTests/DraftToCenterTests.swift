import CenterServer
import Foundation
import KioskPrinting
import KioskStore
import KioskSync
import KioskTesting
import KioskUI
import Testing

@testable import KioskApp

/// Issue 7's "Done when", end to end: a draft made on a headless terminal is uploaded by its
/// uploader to a real center on loopback, appears on the staff page (found by the name typed
/// without tones, in headless chromium), prints there as the official form, staff mark it, and the
/// terminal shows the center's status when the citizen types the code.
@MainActor
@Suite(.serialized) struct DraftToCenterTests {
    nonisolated static let assetsRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets")

    /// A center in this process, really listening on loopback, with a staff member and one terminal.
    struct Center {
        let folder: URL
        let database: CenterDatabase
        let token: String
        let running: RunningCenter
        var base: String { "http://127.0.0.1:\(running.port)" }

        init() async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-center-\(UUID())")
            let data = DataFolder(url: folder)
            database = try data.openDatabase()
            token = try database.addDevice(name: "kiosk-lung-cu", at: Date())
            try database.addStaff(user: "canbo", password: "mat-khau-dai", at: Date())
            var configuration = CenterConfiguration()
            configuration.port = 0
            let server = CenterServer(
                database: database, catalog: FormCatalog(folder: data.formsURL), configuration: configuration,
                officialForms: try OfficialForms(root: DraftToCenterTests.assetsRoot, commune: "Xã Lũng Cú"))
            running = try await server.start()
        }
    }

    /// Runs a shell script; its output (the test fails on a non-zero exit).
    static func shell(_ script: String) async throws -> String {
        try await CupsdFixture.runAsync("/bin/sh", ["-ec", script])
    }

    /// Types a code on the resume pad and waits (yielding, never blocking) for the center's answer.
    func askStatus(code: String, on terminal: Terminal, e2e: EndToEndTests) async throws {
        try e2e.touch("language.vi", on: terminal)
        try e2e.touch("procedure.resume", on: terminal)
        for digit in code { try e2e.touch("key.\(digit)", on: terminal) }
        try e2e.touch("button.next", on: terminal)
        #expect(terminal.flow.step == .draftStatus)
        for _ in 0..<600 where terminal.flow.sentDraft?.answer == .asking {
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    @Test func aDraftReachesTheStaffPagePrintsThereAndItsStatusShowsOnTheTerminal() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "chromium (Debian) is needed")
        let center = try await Center()
        defer {
            let running = center.running
            Task { await running.stop() }
        }
        let e2e = EndToEndTests()
        let printed = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-printed-\(UUID())")
        let rig = try e2e.rig(printer: DirectoryPrinter(directory: printed))
        let terminal = rig.terminal
        let sync = SyncService(
            credential: DeviceCredential(baseURL: URL(string: center.base)!, token: center.token), store: rig.store)
        terminal.sync = sync

        // The citizen fills the form and prints it; the uploader sends the draft.
        try e2e.fillForm(rig, language: "vi")
        let draft = try #require(terminal.draft)
        try e2e.touch("button.print", on: terminal)
        await terminal.settle()
        #expect(terminal.screen.name == "done")
        let pass = await sync.uploadNow()
        #expect(pass.uploaded.count == 1, "\(pass)")
        #expect(try rig.store.drafts().first { $0.id == draft.id }?.status == .uploaded)
        #expect(try center.database.submission(code: draft.code) != nil)
        try e2e.touch("button.finish", on: terminal)
        try e2e.touch("rate.5", on: terminal)

        // Staff, in chromium: log in, search by the requester's name typed without tones.
        let work = center.folder.appendingPathComponent("browser")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let login = work.appendingPathComponent("login.html")
        try """
        <!doctype html><meta charset="utf-8"><form method="post" action="\(center.base)/staff/login">
        <input name="user" value="canbo"><input name="password" value="mat-khau-dai">
        <input name="next" value="/staff/find?q=lo+van+pao"></form><script>document.forms[0].submit()</script>
        """.write(to: login, atomically: true, encoding: .utf8)
        let dom = try await Self.shell(
            "chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=\(work.path)/p1 "
                + "--virtual-time-budget=8000 --dump-dom \(login.absoluteString) 2>/dev/null")
        #expect(dom.contains("<span id=\"draft-code\">\(draft.code)</span>"))
        #expect(dom.contains("Lò Văn Páo"))
        #expect(dom.contains("href=\"/staff/drafts/\(draft.code)/form.pdf\""))
        if let shots = ProcessInfo.processInfo.environment["STAFF_SCREENSHOT_DIR"] {
            _ = try await Self.shell(
                "chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=\(work.path)/p2 "
                    + "--virtual-time-budget=8000 --window-size=1280,900 "
                    + "--screenshot=\(shots)/e2e-staff-draft.png \(login.absoluteString) 2>/dev/null")
        }

        // The official form the "Print" link gives: the answers, the draft code.
        let jar = work.appendingPathComponent("jar").path
        _ = try await Self.shell(
            "curl -s -c \(jar) -o /dev/null --data 'user=canbo&password=mat-khau-dai' \(center.base)/staff/login")
        let pdf = work.appendingPathComponent("form.pdf").path
        _ = try await Self.shell("curl -sf -b \(jar) -o \(pdf) \(center.base)/staff/drafts/\(draft.code)/form.pdf")
        let text = try await Self.shell("pdftotext -enc UTF-8 \(pdf) -").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        for expected in [
            "TỜ KHAI ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC KHAI SINH", "LÒ VĂN PÁO", "001190123456", "LÒ THỊ MAI", "2 bản",
            "Mã hồ sơ: \(draft.code)", "Xã Lũng Cú",
        ] {
            #expect(text.contains(expected), "the center's printed form lacks \(expected)")
        }

        // Staff mark it received; the citizen types the code at the terminal.
        _ = try await Self.shell(
            "curl -sf -b \(jar) -o /dev/null --data 'state=received' \(center.base)/staff/drafts/\(draft.code)/state")
        try await askStatus(code: draft.code, on: terminal, e2e: e2e)
        #expect(terminal.screen.name == "status.received")
        #expect(rig.speaker.requests.contains { $0.contains("ui.statusReceived") })
        #expect(try rig.store.centerStatus(draftID: draft.id)?.state == "received")
        #expect(try rig.store.drafts().first { $0.id == draft.id }?.status == .acknowledged)
        try e2e.touch("button.finish", on: terminal)

        // Rejected with a reason: shown and spoken.
        _ = try await Self.shell(
            "curl -sf -b \(jar) -o /dev/null --data-urlencode 'state=rejected' "
                + "--data-urlencode 'reason=Thiếu giấy chứng sinh' \(center.base)/staff/drafts/\(draft.code)/state")
        try await askStatus(code: draft.code, on: terminal, e2e: e2e)
        #expect(terminal.screen.name == "status.rejected")
        #expect(rig.speaker.requests.contains { $0.contains("say:Thiếu giấy chứng sinh") })
        try e2e.touch("button.finish", on: terminal)

        // The center gone: the last known status, said to be the last known.
        await center.running.stop()
        try await askStatus(code: draft.code, on: terminal, e2e: e2e)
        #expect(terminal.screen.name == "status.rejected.offline")
        #expect(rig.speaker.requests.contains { $0.contains("ui.statusLastKnown") })
    }
}
