import Foundation
import KioskForms
import KioskPrinting
import KioskProcedures

/// `kiosk bench print`: A4 form PDF generation per page from the print templates, ticket raster and
/// ESC/POS encoding, and, side by side in the same run, LibreOffice headless converting an
/// equivalent filled .docx to PDF (the way provincial portals hand out their forms).
public struct PrintBench: Sendable {
    public var assets: Assets
    /// Filled instances by procedure id (instance XML files); the bench fills with built-in answers
    /// when none is given.
    public var instances: [String: URL]
    public var rounds: Int
    public var report = BenchReport()

    public init(assets: Assets, instances: [String: URL], rounds: Int = 20) {
        self.assets = assets
        self.instances = instances
        self.rounds = rounds
    }

    public func run() throws {
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let templates = assets.root.appendingPathComponent("templates")
        var firstFilled: (name: String, text: [String])?
        for procedure in catalog.procedures where !procedure.printTemplates.isEmpty {
            guard let form = forms[procedure.form], let url = instances[procedure.id],
                let xml = FileManager.default.contents(atPath: url.path)
            else { continue }
            let session = try FormSession(form: form, instanceXML: xml, startedAt: Date())
            let loaded = try procedure.printTemplates.map { id throws(TemplateError) in
                try PrintTemplate.load(id: id, from: templates)
            }
            let data = TemplateData(
                form: form, session: session, draftCode: "12345674", commune: "Xã Ia Grai",
                agency: procedure.agency["vi"] ?? "", date: Date())
            let printed = try PrintedForm(templates: loaded, data: data)
            var pages = 0
            var samples: [Double] = []
            var lines: [String] = []
            for _ in 0..<rounds {
                samples.append(
                    try BenchReport.milliseconds {
                        let rendered = try printed.render()
                        pages = rendered.pages.count
                        lines = rendered.pages.flatMap { page in
                            page.items.compactMap { item -> String? in
                                if case .text(let plain, _, _, _, _) = item { return plain }
                                return nil
                            }
                        }
                    })
            }
            let (median, p99) = BenchReport.summary(samples)
            report.line(
                "print.form_pdf",
                [
                    "median_ms": median, "p99_ms": p99, "pages": Double(pages),
                    "median_ms_per_page": median / Double(max(1, pages)),
                ], labels: ["procedure": procedure.id])
            if firstFilled == nil { firstFilled = (procedure.id, lines) }
        }

        for paper in [TicketPaper.mm80, .mm58] {
            let content = TicketContent(
                number: "A012", service: "Đăng ký khai sinh", issuedAt: Date(), peopleAhead: 3, commune: "Xã Ia Grai",
                draftCode: "12345674")
            var raster: [Double] = []
            var encode: [Double] = []
            for _ in 0..<rounds {
                var image: MonochromeBitmap?
                raster.append(BenchReport.milliseconds { image = TicketRenderer(paper: paper).render(content) })
                if let image { encode.append(BenchReport.milliseconds { _ = ESCPOSEncoder().encode(image) }) }
            }
            let r = BenchReport.summary(raster)
            let e = BenchReport.summary(encode)
            report.line(
                "print.ticket",
                [
                    "raster_median_ms": r.median, "raster_p99_ms": r.p99, "encode_median_ms": e.median,
                    "encode_p99_ms": e.p99,
                ],
                labels: ["paper": "\(paper.rawValue)mm"])
        }

        if let firstFilled {
            try LibreOfficeComparison(report: report).run(name: firstFilled.name, lines: firstFilled.text)
        }
    }
}
