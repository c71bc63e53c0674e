import Foundation
import KioskForms
import KioskGraphics
import KioskProcedures
import KioskUI

/// The A4 form a citizen takes to the commune office: the national heading, the procedure's
/// title, every question with its answer, the draft code and a signature block. Always in
/// Vietnamese, the language the office works in, whatever language the citizen used.
public struct FormDocument: Sendable {
    public var procedure: Procedure
    public var form: XForm
    /// The form's data: its questions, answers and choices (an itemset's come from the data).
    public var session: FormSession
    public var draftCode: String
    public var date: Date
    public var commune: String

    /// The language of the printed form.
    public static let language = "vi"

    public init(
        procedure: Procedure, form: XForm, session: FormSession, draftCode: String, date: Date,
        commune: String
    ) {
        self.procedure = procedure
        self.form = form
        var session = session
        session.language = Self.language
        self.session = session
        self.draftCode = draftCode
        self.date = date
        self.commune = commune
    }

    /// The PDF bytes.
    public func pdf(icons: IconLibrary) throws(GraphicsError) -> Data {
        let document = PDFDocument(icons: icons)
        document.page { canvas in
            draw(on: canvas, page: Rect(x: 0, y: 0, width: PDFDocument.a4.width, height: PDFDocument.a4.height))
        }
        return try document.finish()
    }

    func draw(on canvas: Canvas, page: Rect) {
        let black = Color(hex: 0x000000)
        func text(
            _ s: String, _ rect: Rect, _ size: Double, _ weight: TextStyle.Weight = .regular,
            _ align: TextStyle.Alignment = .leading
        ) {
            canvas.drawText(s, in: rect, style: TextStyle(size: size, weight: weight, color: black, alignment: align))
        }
        var area = page.insetBy(dx: 57, dy: 50)
        var slice: Rect
        (slice, area) = area.sliceTop(16)
        text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", slice, 12, .bold, .center)
        (slice, area) = area.sliceTop(16)
        text("Độc lập - Tự do - Hạnh phúc", slice, 12, .bold, .center)
        (slice, area) = area.sliceTop(30, gap: 6)
        text("Mã hồ sơ: \(draftCode)", slice, 10, .regular, .trailing)
        (slice, area) = area.sliceTop(44, gap: 12)
        text(procedure.name(in: Self.language).uppercased(), slice, 15, .bold, .center)
        (slice, area) = area.sliceTop(18, gap: 10)
        text("Kính gửi: \(procedure.agency[Self.language] ?? "") \(commune)", slice, 11, .regular, .center)

        // The questions the citizen was asked (non-relevant ones are not part of the application),
        // each answer in words: a choice's label, from the itemset as the data stands.
        for (number, question) in session.questions(in: form).enumerated() {
            let label = session.text(for: question.question.label, form: form, at: question.path) ?? question.path
            (slice, area) = area.sliceTop(18)
            text("\(number + 1). \(label)", slice, 11, .regular)
            (slice, area) = area.sliceTop(20, gap: 6)
            text(
                form.answerText(question.value, choices: question.choices, language: Self.language) ?? "…………………………",
                slice.insetBy(dx: 18, dy: 0), 12, .bold)
        }

        (slice, area) = area.sliceTop(20, gap: 24)
        let (_, right) = slice.sliceLeft(slice.width / 2)
        text("\(commune), \(VietnameseDate.phrase(date))", right, 10, .regular, .center)
        (slice, area) = area.sliceTop(16)
        text("NGƯỜI YÊU CẦU", slice.sliceRight(slice.width / 2).slice, 11, .bold, .center)
        (slice, area) = area.sliceTop(14)
        text("(Ký, ghi rõ họ tên)", slice.sliceRight(slice.width / 2).slice, 9, .regular, .center)
    }
}
