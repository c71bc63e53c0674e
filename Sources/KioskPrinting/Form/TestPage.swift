import Foundation
import KioskForms
import KioskGraphics
import KioskUI

/// A technician's test page for the A4 printer: which terminal, when, every Vietnamese tone and
/// letter (a font or driver that drops a diacritic shows at once), rules to check the margins, and a
/// QR code to check that a phone or the counter scanner reads what this printer prints.
public struct TestPage: Sendable {
    public var kioskID: String
    public var commune: String
    public var date: Date
    public var queue: String

    /// A sentence with all six tones: ngang (cao), huyền (bà), sắc (núi), hỏi (ở), ngã (lão), nặng (lạ).
    public static let pangram = "Trên núi cao, bà lão ở bản Lũng Cú đã mở cửa đón vị khách lạ."
    /// Every vowel with every tone, and đ, lower and upper case.
    public static let letters = [
        "a à á ả ã ạ  ă ằ ắ ẳ ẵ ặ  â ầ ấ ẩ ẫ ậ  e è é ẻ ẽ ẹ  ê ề ế ể ễ ệ  i ì í ỉ ĩ ị",
        "o ò ó ỏ õ ọ  ô ồ ố ổ ỗ ộ  ơ ờ ớ ở ỡ ợ  u ù ú ủ ũ ụ  ư ừ ứ ử ữ ự  y ỳ ý ỷ ỹ ỵ  đ",
        "A À Á Ả Ã Ạ  Ă Ằ Ắ Ẳ Ẵ Ặ  Â Ầ Ấ Ẩ Ẫ Ậ  Ê Ề Ế Ể Ễ Ệ  Ô Ồ Ố Ổ Ỗ Ộ  Ơ Ờ Ớ Ở Ỡ Ợ  Ư Ừ Ứ Ử Ữ Ự  Đ",
    ]

    public init(kioskID: String, commune: String, date: Date, queue: String) {
        self.kioskID = kioskID
        self.commune = commune
        self.date = date
        self.queue = queue
    }

    /// What the QR code says: readable by any phone.
    public var qrText: String {
        "VillageKiosk test \(kioskID) \(queue) \(ISO8601DateFormatter().string(from: date))"
    }

    /// The PDF bytes.
    public func pdf() throws(GraphicsError) -> Data {
        let writer = FormPDFWriter()
        let setter = writer.setter
        let left = TemplateLayout.left
        let width = TemplateLayout.right - left
        var items: [PageItem] = []
        var y = TemplateLayout.top
        func line(_ text: String, _ font: TextFont, alignment: TextStyle.Alignment = .leading, gap: Double = 6) {
            let markup = Markup.escape(text)
            let measure = setter.measure(markup: markup, width: width, font: font, alignment: alignment)
            items.append(
                .text(
                    plain: text, markup: markup, frame: Rect(x: left, y: y, width: width, height: measure.height),
                    font: font, alignment: alignment))
            y += measure.height + gap
        }
        line("TRANG IN THỬ — VILLAGEKIOSK", .bold(18), alignment: .center, gap: 14)
        line("Máy: \(kioskID)", .body(13))
        line("Xã: \(commune)", .body(13))
        line("Hàng đợi in: \(queue)", .body(13))
        line(
            "In lúc: \(TemplateData.numericDate(date, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current)) "
                + "(\(ISO8601DateFormatter().string(from: date)))", .body(13), gap: 16)
        line("Câu đủ sáu thanh:", .italic(12), gap: 2)
        line(Self.pangram, .bold(16), gap: 12)
        for row in Self.letters { line(row, .body(13), gap: 4) }
        line("Mọi dấu phải hiện đủ và đúng chỗ, không ô vuông, không chữ rời.", .italic(12), gap: 16)
        items.append(.rule(from: Point(x: left, y: y), to: Point(x: left + width, y: y), width: 0.5))
        y += 10
        for (index, ticked) in [false, true].enumerated() {
            items.append(.box(Rect(x: left + Double(index) * 120, y: y, width: 10, height: 10), ticked: ticked))
        }
        items.append(.dots(y: y + 30, fromX: left, toX: left + width))
        y += 44
        if let code = try? QRCode(text: qrText) {
            items.append(.qrCode(code, text: qrText, frame: Rect(x: left, y: y, width: 120, height: 120)))
            let markup = Markup.escape("Quét mã QR bằng điện thoại hoặc máy quét của bộ phận một cửa: \(qrText)")
            items.append(
                .text(
                    plain: markup, markup: markup,
                    frame: Rect(x: left + 132, y: y + 20, width: width - 132, height: 80),
                    font: .body(11), alignment: .leading))
        }
        // The printable area's corners: a printer that clips shows a missing mark.
        let page = TemplateLayout.page
        for (x, yy) in [
            (20.0, 20.0), (page.width - 20, 20.0), (20.0, page.height - 20), (page.width - 20, page.height - 20),
        ] {
            items.append(.rule(from: Point(x: x - 8, y: yy), to: Point(x: x + 8, y: yy), width: 0.8))
            items.append(.rule(from: Point(x: x, y: yy - 8), to: Point(x: x, y: yy + 8), width: 0.8))
        }
        writer.draw(LaidOutPage(items: items, template: "test-page", number: 1, count: 1))
        return try writer.finish()
    }

    /// The ticket printer's test: a ticket numbered "T000" with the pangram as the service.
    public func ticket(paper: TicketPaper) -> MonochromeBitmap {
        TicketRenderer(paper: paper).render(
            TicketContent(
                number: "T000", service: Self.pangram, issuedAt: date, peopleAhead: 0, commune: commune,
                draftCode: kioskID, language: "vi"))
    }
}
