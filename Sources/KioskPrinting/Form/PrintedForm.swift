import Foundation
import KioskForms
import KioskGraphics
import KioskProcedures

/// The A4 forms of a procedure, filled from a citizen's data, as the official paper forms look:
/// one or more print templates (the "3 in 1" has three declarations), each starting on a new page,
/// with the submission's QR code where the template puts it.
public struct PrintedForm {
    public var templates: [PrintTemplate]
    public var data: TemplateData
    /// The most one code may carry, and how many codes a form may show (tests lower them to see a
    /// split or reduced payload printed).
    public var bytesPerCode = SubmissionPayload.bytesPerCode
    public var maximumCodes = SubmissionPayload.maximumCodes

    /// Fails with `.wrongForm` when a template is for another form than the data's.
    public init(templates: [PrintTemplate], data: TemplateData) throws(TemplateError) {
        for template in templates where template.form != data.form.id {
            throw .wrongForm(template: template.id, expected: template.form, found: data.form.id)
        }
        self.templates = templates
        self.data = data
    }

    /// The submission carried by the QR code: every answer, and the draft code.
    public var payload: SubmissionPayload {
        SubmissionPayload(form: data.form, answers: data.answers, draftCode: data.draftCode)
    }

    /// The texts of the QR codes: the whole payload in one code when it fits, else split, else
    /// reduced to the key fields the first template names.
    public var codes: SubmissionPayload.Codes {
        let keys = (templates.first?.keyFields ?? []).compactMap { data.form.questionIndex(at: $0) }
        return payload.codes(keyFields: keys, bytesPerCode: bytesPerCode, maximumCodes: maximumCodes)
    }

    /// The pages, laid out (for tests and previews); `setter` measures text.
    func layout(with setter: Typesetter) -> [LaidOutPage] {
        let layout = TemplateLayout(setter: setter, data: data, codes: codes.texts)
        return templates.flatMap { layout.pages(for: $0) }
    }

    /// The PDF bytes and the pages as laid out.
    public func render() throws(GraphicsError) -> (pdf: Data, pages: [LaidOutPage]) {
        let writer = FormPDFWriter()
        let pages = layout(with: writer.setter)
        for page in pages { writer.draw(page) }
        return (try writer.finish(), pages)
    }

    /// The PDF bytes.
    public func pdf() throws(GraphicsError) -> Data {
        try render().pdf
    }
}
