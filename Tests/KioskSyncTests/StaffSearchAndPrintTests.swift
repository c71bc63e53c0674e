import Foundation
import GRDB
import Testing

@testable import CenterServer
@testable import KioskSync

/// Staff find a draft by personal ID number or by name (a blind index: the words are never stored
/// in clear), and print its official form from the print templates, over HTTP with a staff session.
@Suite(.serialized) struct StaffSearchAndPrintTests {
    /// A filled birth-certificate-copy instance (requester Lò Văn Sáng, ID 014080001234, for Lò Văn Tú).
    static let copyInstance = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../KioskPrintingTests/Fixtures/birth-certificate-copy.xml").standardizedFileURL

    func submitBoth(to center: CenterFixture) async throws {
        let client = OpenRosaClient(credential: center.credential)
        #expect(
            try await client.submit(instanceXML: Data(contentsOf: Self.copyInstance), draftCode: "27182818")
                == .accepted(status: 201))
        #expect(
            await client.submit(instanceXML: instanceXML(id: "uuid:hoa", name: "Nguyễn Thị Hoà"), draftCode: "31415926")
                == .accepted(status: 201))
    }

    @Test func findByIDNumberOrNameWithoutTonesButNotAStranger() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        try await submitBoth(to: center)
        let db = center.database
        #expect(try db.findSubmissions("014080001234").map(\.draftCode) == ["27182818"])
        #expect(try db.findSubmissions(" 014 080 001 234 ").map(\.draftCode) == ["27182818"])
        #expect(try db.findSubmissions("lo van sang").map(\.draftCode) == ["27182818"])
        #expect(try db.findSubmissions("LÒ VĂN TÚ").map(\.draftCode) == ["27182818"])
        #expect(try db.findSubmissions("nguyen thi hoa").map(\.draftCode) == ["31415926"])
        #expect(try db.findSubmissions("Nguyễn Thị Hòa").map(\.draftCode) == ["31415926"])  // the other tone placement
        #expect(try db.findSubmissions("31415926").map(\.draftCode) == ["31415926"])
        // Strangers: another name, a name sharing one word, another ID number.
        #expect(try db.findSubmissions("Tran Van Binh").isEmpty)
        #expect(try db.findSubmissions("Nguyen Van Sang").isEmpty)
        #expect(try db.findSubmissions("079099999999").isEmpty)
        #expect(try db.findSubmissions("").isEmpty)

        // The index holds no word in clear.
        let terms = try await db.pool.read { try String.fetchAll($0, sql: "SELECT term FROM submissionTerm") }
        #expect(!terms.isEmpty)
        #expect(!terms.contains { $0.contains("014080001234") || $0.contains("sang") || $0.contains("hoa") })
    }

    @Test func rowsReceivedBeforeTheIndexAreIndexedWhenTheDatabaseOpens() async throws {
        let center = try await CenterFixture()
        try await submitBoth(to: center)
        await center.stop()
        // As a database from before the index: no terms, nothing marked indexed.
        try await center.database.pool.write { db in
            try db.execute(sql: "DELETE FROM submissionTerm")
            try db.execute(sql: "UPDATE submission SET termsIndexed = 0")
        }
        #expect(try center.database.findSubmissions("lo van sang").isEmpty)
        let reopened = try DataFolder(url: center.folder).openDatabase()
        #expect(try reopened.findSubmissions("lo van sang").map(\.draftCode) == ["27182818"])
        #expect(try reopened.findSubmissions("014080001234").map(\.draftCode) == ["27182818"])
        #expect(try reopened.indexUnindexedSubmissions() == 0)
    }

    @Test func staffFindByNameAndPrintTheOfficialForm() async throws {
        let center = try await CenterFixture(
            officialForms: OfficialForms(root: repositoryAssets, commune: "Xã Lũng Cú"))
        defer { Task { await center.stop() } }
        try center.database.addStaff(user: "canbo", password: "mat-khau-dai", at: Date())
        try await submitBoth(to: center)
        let work = center.folder.appendingPathComponent("http")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let jar = work.appendingPathComponent("jar").path
        let base = center.baseURL.absoluteString

        // Without a session the PDF is not given.
        let anonymous = try TLSFixture.shell(
            "curl -s -o /dev/null -w '%{http_code} %{redirect_url}' \(base)/staff/drafts/27182818/form.pdf")
        #expect(anonymous.hasPrefix("303") && anonymous.hasSuffix("/staff/login"))

        _ = try TLSFixture.shell(
            "curl -s -c \(jar) -b \(jar) -o /dev/null --data 'user=canbo&password=mat-khau-dai' \(base)/staff/login")
        // By name without tones: the one draft's page, which links Print to its official form.
        // Two requests, as the redirect says, each on a connection of its own.
        let found = try TLSFixture.shell(
            "curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b \(jar) '\(base)/staff/find?q=lo+van+sang'")
        #expect(found == "303 \(base)/staff/drafts/27182818")
        let page = try TLSFixture.shell("curl -s -b \(jar) '\(base)/staff/drafts/27182818'")
        #expect(page.contains("<span id=\"draft-code\">27182818</span>"))
        #expect(page.contains("href=\"/staff/drafts/27182818/form.pdf\""))
        let none = try TLSFixture.shell(
            "curl -s -o /dev/null -w '%{http_code}' -b \(jar) '\(base)/staff/find?q=tran+van+binh'")
        #expect(none == "404")

        let pdf = work.appendingPathComponent("form.pdf").path
        let headers = try TLSFixture.shell(
            "curl -s -D - -o \(pdf) -b \(jar) \(base)/staff/drafts/27182818/form.pdf")
        #expect(headers.lowercased().contains("content-type: application/pdf"))
        let text = try TLSFixture.shell("pdftotext -enc UTF-8 \(pdf) -").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        for expected in [
            "TỜ KHAI ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC KHAI SINH", "LÒ VĂN SÁNG", "014080001234", "LÒ VĂN TÚ", "2 bản",
            "Mã hồ sơ: 27182818", "Xã Lũng Cú",
        ] {
            #expect(text.contains(expected), "\"\(expected)\" not in the printed form")
        }
        if let shots = ProcessInfo.processInfo.environment["STAFF_SCREENSHOT_DIR"] {
            _ = try TLSFixture.shell("pdftoppm -r 60 -png -f 1 -l 1 \(pdf) \(shots)/staff-official-form")
        }
        // A form the center has no template for: a clear refusal, no PDF.
        let other = try TLSFixture.shell(
            "curl -s -o /dev/null -w '%{http_code}' -b \(jar) \(base)/staff/drafts/31415926/form.pdf")
        #expect(other == "404")
    }
}
