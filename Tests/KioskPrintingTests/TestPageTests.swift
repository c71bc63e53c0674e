import Foundation
import KioskTesting
import Testing

@testable import KioskPrinting

/// The technician's test page and test ticket.
@Suite("Test page")
struct TestPageTests {
    static let page = TestPage(
        kioskID: "kiosk-lung-cu-01", commune: "Xã Lũng Cú", date: PrintFixtures.printDate, queue: "kiosk-a4")

    @Test("the page carries the terminal, every tone and letter, and a QR code a scanner reads")
    func page() async throws {
        let scratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let pdf = try Self.page.pdf()
        let text = try await PrintFixtures.text(ofPDF: pdf, in: scratch)
        #expect(text.contains("kiosk-lung-cu-01"))
        #expect(text.contains("Trên núi cao, bà lão ở bản Lũng Cú đã mở cửa đón vị khách lạ."))
        for letter in ["ặ", "ẫ", "ể", "ỡ", "ự", "ỵ", "đ", "Ự", "Đ"] {
            #expect(text.contains(letter), "\(letter)")
        }
        let pngs = try await PrintFixtures.pages(ofPDF: pdf, in: scratch, dpi: 150)
        #expect(pngs.count == 1)
        for png in pngs { TicketTestSupport.keep(png, as: "print/test-page.png") }
        #expect(try await Self.scanBytes(pngs[0]) == Data(Self.page.qrText.utf8))
    }

    @Test("the test ticket goes through ESC/POS and back unchanged, with the draft-code QR of the terminal")
    func ticket() async throws {
        let image = Self.page.ticket(paper: .mm58)
        #expect(image.width == TicketPaper.mm58.dots)
        let decoded = try TicketESCPOSDecoder.decode(ESCPOSEncoder().encode(image))
        #expect(decoded.image == image)
    }

    /// The bytes of the one code zbarimg finds on a page.
    static func scanBytes(_ png: URL) async throws -> Data {
        let out = png.deletingPathExtension().appendingPathExtension("scan")
        try await CupsdFixture.runAsync(
            "sh", ["-c", "zbarimg --raw -q -Sbinary \"$1\" > \"$2\"", "sh", png.path, out.path])
        return try Data(contentsOf: out)
    }
}
