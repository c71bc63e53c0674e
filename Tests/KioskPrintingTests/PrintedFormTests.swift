import Foundation
import KioskForms
import KioskTesting
import Testing

@testable import KioskPrinting

/// The A4 forms of each procedure, printed from filled instances: what pdftotext reads back, which
/// boxes are crossed, and what a scanner reads from the QR code of the rendered page.
@Suite("Printed forms from the templates")
struct PrintedFormTests {
    /// What each fixture must show in the PDF's text: the answers as the official forms write them.
    static let expectedText: [String: [String]] = [
        "birth-certificate-copy": [
            "TỜ KHAI ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC KHAI SINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "LÒ VĂN SÁNG", "014080001234", "LÒ VĂN TÚ", "2023", "2 bản",
            "Xã Lũng Cú, ngày 23 tháng 11 năm 2026", "NGƯỜI YÊU CẦU", "Mã hồ sơ: 12345674",
        ],
        "birth-3in1": [
            "TỜ KHAI ĐĂNG KÝ KHAI SINH", "GIÀNG THỊ MAI", "05/10/2026",
            "Ngày năm tháng mười năm hai nghìn không trăm hai mươi sáu", "VÀNG THỊ DỢ", "002198004512", "1998",
            "GIÀNG SEO CHỨ", "002096001234", "Xã Lũng Cú, tỉnh Tuyên Quang", "0912345678", "Mẫu CT01",
            "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ", "Mẫu TK1-TS", "Mông",
        ],
        "land-first-registration": [
            "Mẫu số 04/ĐK", "ĐƠN ĐĂNG KÝ ĐẤT ĐAI, TÀI SẢN GẮN LIỀN VỚI ĐẤT", "SIU THUYÊN", "064079001122",
            "RƠ MAH H'LAN", "064181002211", "0356789012", "Thửa đất số: 345", "Tờ bản đồ số: 12", "312,5 m²",
            "Làng Dơ Nâu", "2003", "84 m²", "NGƯỜI VIẾT ĐƠN", "XÁC NHẬN CỦA ỦY BAN NHÂN DÂN CẤP XÃ",
        ],
    ]

    static let expectedTicks: [String: [String]] = [
        "birth-certificate-copy": ["Cha, mẹ của người đó", "Trực tiếp tại Trung tâm phục vụ hành chính công xã"],
        "birth-3in1": ["Mẹ", "Nữ", "Một bản", "Nữ", "Nữ", "Trạm y tế xã nơi cư trú"],
        "land-first-registration": [
            "Đăng ký quyền sử dụng đất, cấp Giấy chứng nhận; ghi nợ nghĩa vụ tài chính", "Nhà ở", "Cây lâu năm",
            "Giấy chia thừa kế hoặc giấy cho, tặng", "Biên lai nộp thuế đất", "Có",
        ],
    ]

    @Test("pdftotext reads back the answers, in Vietnamese with every diacritic", arguments: PrintFixtures.procedures)
    func textReadsBack(procedure: String) async throws {
        let scratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (pdf, _) = try PrintFixtures.printed(procedure).render()
        let text = try await PrintFixtures.text(ofPDF: pdf, in: scratch)
        for expected in Self.expectedText[procedure] ?? [] {
            #expect(text.contains(expected), "\(procedure): \"\(expected)\" not in the PDF's text")
        }
    }

    @Test("the boxes of the chosen answers are crossed, and only those", arguments: PrintFixtures.procedures)
    func ticks(procedure: String) async throws {
        let (_, pages) = try PrintFixtures.printed(procedure).render()
        #expect(PrintFixtures.tickedOptions(pages) == Self.expectedTicks[procedure])
    }

    @Test("zbarimg reads the submission from every printed QR code", arguments: PrintFixtures.procedures)
    func qrCodeDecodes(procedure: String) async throws {
        let scratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let printed = try PrintFixtures.printed(procedure)
        let (pdf, pages) = try printed.render()
        let pngs = try await PrintFixtures.pages(ofPDF: pdf, in: scratch)
        #expect(pngs.count == pages.count)
        for png in pngs { TicketTestSupport.keep(png, as: "print/\(procedure)-\(png.lastPathComponent)") }

        // Each template with a QR block carries the codes once; read them all and join them back.
        var scanned: [String] = []
        for png in pngs { scanned += try await Self.scan(png) }
        #expect(!scanned.isEmpty)
        let texts = Set(printed.codes.texts)
        #expect(Set(scanned) == texts)
        let payload = try SubmissionPayload(parts: Array(texts))
        #expect(payload == printed.payload)
        let answers = try payload.answers(for: printed.data.form)
        #expect(answers == printed.data.answers.filter { printed.data.form.question(at: $0.key) != nil })
        #expect(payload.draftCode == "12345674")
    }

    @Test("a payload too large for one code prints as parts that join back; too large for four, as key fields")
    func splitAndReduced() async throws {
        let scratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var printed = try PrintFixtures.printed("land-first-registration")
        printed.bytesPerCode = 150
        #expect(printed.codes.kind == .split)
        #expect(printed.codes.texts.count > 1)
        let (pdf, _) = try printed.render()
        var scanned: [String] = []
        for png in try await PrintFixtures.pages(ofPDF: pdf, in: scratch) {
            TicketTestSupport.keep(png, as: "print/land-split-\(png.lastPathComponent)")
            scanned += try await Self.scan(png)
        }
        #expect(Set(scanned) == Set(printed.codes.texts))
        #expect(try SubmissionPayload(parts: scanned.reversed()) == printed.payload)

        printed.maximumCodes = 1
        #expect(printed.codes.kind == .keyFields)
        let reducedScratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: reducedScratch) }
        var reduced: [String] = []
        for png in try await PrintFixtures.pages(ofPDF: try printed.pdf(), in: reducedScratch) {
            reduced += try await Self.scan(png)
        }
        let payload = try SubmissionPayload(parts: reduced)
        #expect(!payload.isComplete)
        #expect(payload.draftCode == "12345674")
        #expect(try payload.answers(for: printed.data.form)["/data/applicant/applicant_name"] == "Siu Thuyên")
    }

    @Test("the 3 in 1 prints its three declarations, each from a new page with its own heading")
    func threeInOne() async throws {
        let (_, pages) = try PrintFixtures.printed("birth-3in1").render()
        #expect(Array(Set(pages.map(\.template))).sorted() == ["birth-registration", "ct01", "tk1-ts"])
        #expect(pages.first?.template == "birth-registration")
        let firstPages = pages.filter { $0.number == 1 }
        #expect(firstPages.count == 3)
        for page in firstPages {
            let texts = page.items.compactMap { item -> String? in
                if case .text(let plain, _, _, _, _) = item { return plain }
                return nil
            }
            #expect(texts.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "\(page.template)")
        }
    }

    @Test("a template for another form is refused")
    func wrongForm() async throws {
        let printed = try PrintFixtures.printed("birth-certificate-copy")
        let land = try PrintTemplate.load(id: "land-04dk", from: PrintFixtures.templates)
        #expect(
            throws: TemplateError.wrongForm(
                template: "land-04dk", expected: "land-first-registration", found: "birth-certificate-copy")
        ) {
            try PrintedForm(templates: [land], data: printed.data)
        }
    }

    /// The payloads zbarimg reads from a page: its bytes as they are (`-Sbinary`, no character-set
    /// guessing), cut where each code's "VK2:" starts; none on a page without a code.
    static func scan(_ png: URL) async throws -> [String] {
        let out = png.deletingPathExtension().appendingPathExtension("scan")
        // zbarimg exits with 4 when it finds no code: a page without one.
        let script = "zbarimg --raw -q -Sbinary \"$1\" > \"$2\"; s=$?; [ $s -eq 4 ] && exit 0; exit $s"
        try await CupsdFixture.runAsync("sh", ["-c", script, "sh", png.path, out.path])
        let text = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        return text.components(separatedBy: SubmissionPayload.prefix).dropFirst().map { SubmissionPayload.prefix + $0 }
    }
}
