import ArgumentParser
import Foundation
import KioskApp
import KioskForms
import KioskGraphics
import KioskPrinting
import KioskProcedures

/// `kiosk print ticket|form`: what the terminal prints, from the command line, to a CUPS queue or
/// a file; for technicians setting up printers and for people checking a layout.
struct PrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print a queue ticket or a filled form, or write it to a file.",
        subcommands: [PrintTicket.self, PrintForm.self, PrintTest.self])

    /// The terminal's settings when its state folder has them, else the defaults (no folder is created).
    static func configuration(in options: CommonOptions) throws -> KioskConfiguration {
        let state = StateFolder(url: URL(fileURLWithPath: options.state))
        guard FileManager.default.fileExists(atPath: state.configurationURL.path) else { return KioskConfiguration() }
        return try state.configuration()
    }

    /// Prints through the spooler: waits until the job printed, telling the technician what the
    /// printer reports meanwhile (out of paper, stopped, ...); fails with exit status 1.
    static func spool(_ document: Data, format: String, title: String, to queue: String, server: String?) async throws {
        let spooler = PrintSpooler(server: server)
        let watcher = Task {
            for await report in spooler.conditions where report.condition.isProblem {
                print("\(report.queue): \(report.condition.technicianText)")
            }
        }
        defer { watcher.cancel() }
        switch await spooler.print(document, format: format, title: title, to: queue) {
        case .printed(let jobID): print("\(queue): printed as job \(jobID)")
        case .failed(let reason):
            print("\(queue): failed: \(reason)")
            throw ExitCode(1)
        }
    }
}

extension PrintCommand {
    /// `kiosk print ticket`: a queue ticket as ESC/POS raster for an 80 or 58 mm thermal printer.
    struct PrintTicket: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ticket", abstract: "Print a queue ticket (ESC/POS raster, GS v 0) on a thermal printer.")

        @OptionGroup var options: CommonOptions

        @Option(help: "The service's letter, the prefix of the number (A gives A012).")
        var service: String

        @Option(help: "The number within the service.")
        var number: Int

        @Option(help: "The service's name, printed under the number.")
        var serviceName = "Tiếp nhận hồ sơ"

        @Option(help: "Paper width in millimetres: 80 (576 dots) or 58 (384 dots).")
        var width = 80

        @Option(help: "People waiting before this ticket.")
        var ahead = 0

        @Option(help: "A draft code to print with its QR code.")
        var draft: String?

        @Option(help: "Language of the small texts: vi or en.")
        var language = "vi"

        @Option(help: "The commune printed at the top (default: from the state folder's config.json).")
        var commune: String?

        @Option(help: "The CUPS queue of the ticket printer (a raw queue).")
        var printer: String?

        @Option(help: "Write the ESC/POS bytes to this file instead of printing.")
        var out: String?

        @Option(help: "Also write the ticket as a PNG, to look at it.")
        var png: String?

        func validate() throws {
            guard TicketPaper(rawValue: width) != nil else { throw ValidationError("--width must be 80 or 58") }
            guard (0...9_999).contains(number) else { throw ValidationError("--number must be 0...9999") }
            guard !service.isEmpty, service.count <= 2, service.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw ValidationError("--service must be one or two letters, such as A")
            }
            guard ahead >= 0 else { throw ValidationError("--ahead cannot be negative") }
            guard printer == nil || out == nil else { throw ValidationError("give --printer or --out, not both") }
            guard printer != nil || out != nil || png != nil else {
                throw ValidationError("say where the ticket goes: --printer QUEUE, --out FILE.bin or --png FILE.png")
            }
        }

        func run() async throws {
            let configuration = try PrintCommand.configuration(in: options)
            let digits = String(number)
            let label = service.uppercased() + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
            let content = TicketContent(
                number: label, service: serviceName, issuedAt: Date(), peopleAhead: ahead,
                commune: commune ?? configuration.commune, draftCode: draft, language: language)
            let image = TicketRenderer(paper: TicketPaper(rawValue: width) ?? .mm80).render(content)
            let job = ESCPOSEncoder().encode(image)

            if let png {
                try image.writePNG(to: URL(fileURLWithPath: png))
                print("wrote \(png) (\(image.width) x \(image.height) dots)")
            }
            if let out {
                try job.write(to: URL(fileURLWithPath: out), options: .atomic)
                print("wrote \(out) (\(job.count) bytes of ESC/POS)")
            }
            if let printer {
                try await PrintCommand.spool(
                    job, format: "application/vnd.cups-raw", title: "ticket-\(label)", to: printer,
                    server: configuration.cupsServer)
            }
        }
    }

    /// `kiosk print form`: the A4 form of a procedure filled from a submission's instance XML.
    struct PrintForm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "form", abstract: "Print the A4 form of a procedure, filled from an instance XML.")

        @OptionGroup var options: CommonOptions

        @Option(help: "The procedure's id in the catalog, such as birth-certificate-copy.")
        var procedure: String

        @Option(help: "The submission's instance XML (as uploaded to the center).")
        var instance: String

        @Option(help: "The draft code printed on the form.")
        var draft = "—"

        @Option(help: "The commune printed on the form (default: from the state folder's config.json).")
        var commune: String?

        @Option(help: "The CUPS queue of the A4 printer.")
        var printer: String?

        @Option(help: "Write the PDF to this file instead of printing.")
        var out: String?

        func validate() throws {
            guard (printer == nil) != (out == nil) else {
                throw ValidationError("give exactly one of --printer and --out")
            }
        }

        func run() async throws {
            let configuration = try PrintCommand.configuration(in: options)
            let assets = try Assets.locate(explicit: options.assets)
            let catalog = try assets.catalog()
            guard let procedure = catalog.procedure(id: self.procedure) else {
                throw ValidationError(
                    "no procedure \(self.procedure) in the catalog; there are: "
                        + catalog.procedures.map(\.id).joined(separator: ", "))
            }
            let forms = try assets.forms(for: Catalog(procedures: [procedure]))
            guard let form = forms[procedure.form] else { throw ValidationError("form \(procedure.form) is missing") }
            guard let xml = FileManager.default.contents(atPath: instance) else {
                throw ValidationError("cannot read \(instance)")
            }
            // An instance of another form would print as an empty form: the session refuses it.
            let session = try FormSession(form: form, instanceXML: xml, startedAt: Date())
            let templatesURL = assets.root.appendingPathComponent("templates")
            let pdf: Data
            if procedure.printTemplates.isEmpty {
                // A procedure without a template still prints: every question and its answer.
                let document = FormDocument(
                    procedure: procedure, form: form, session: session, draftCode: draft, date: Date(),
                    commune: commune ?? configuration.commune)
                pdf = try document.pdf(icons: IconLibrary(directories: assets.iconDirectories(forms: [form.id])))
            } else {
                let templates = try procedure.printTemplates.map { id throws(TemplateError) in
                    try PrintTemplate.load(id: id, from: templatesURL)
                }
                let data = TemplateData(
                    form: form, session: session, draftCode: draft, commune: commune ?? configuration.commune,
                    agency: procedure.agency["vi"] ?? "", date: Date())
                let printed = try PrintedForm(templates: templates, data: data)
                let rendered = try printed.render()
                pdf = rendered.pdf
                print(
                    "\(rendered.pages.count) pages from \(procedure.printTemplates.joined(separator: ", ")); "
                        + "QR: \(printed.codes.kind) in \(printed.codes.texts.count) code(s)")
            }

            if let out {
                try pdf.write(to: URL(fileURLWithPath: out), options: .atomic)
                print("wrote \(out) (\(pdf.count) bytes of PDF)")
            }
            if let printer {
                try await PrintCommand.spool(
                    pdf, format: "application/pdf", title: "ho-so-\(draft)", to: printer,
                    server: configuration.cupsServer)
            }
        }
    }

    /// `kiosk print test`: a technician's test page on the A4 printer and a test ticket on the
    /// ticket printer, to check fonts, diacritics, margins and QR codes after installing a printer.
    struct PrintTest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Print a test page on the A4 printer and a test ticket on the ticket printer.")

        @OptionGroup var options: CommonOptions

        @Option(help: "The A4 queue (default: formPrinter of config.json).")
        var printer: String?

        @Option(
            help: "The ticket printer's raw queue (default: ticketPrinter of config.json; no ticket test without one).")
        var ticketPrinter: String?

        @Option(help: "Ticket paper width in millimetres: 80 or 58 (default: ticketPaper of config.json).")
        var width: Int?

        @Option(help: "The terminal's name printed on the page (default: the host name).")
        var kioskID = ProcessInfo.processInfo.hostName

        @Option(help: "Write the test page PDF here instead of printing (and the ticket to FILE.bin and FILE.png).")
        var out: String?

        func validate() throws {
            guard width.map({ TicketPaper(rawValue: $0) != nil }) ?? true else {
                throw ValidationError("--width must be 80 or 58")
            }
        }

        func run() async throws {
            let configuration = try PrintCommand.configuration(in: options)
            let queue = printer ?? configuration.formPrinter
            let ticketPrinter = self.ticketPrinter ?? configuration.ticketPrinter
            let paper = width.flatMap(TicketPaper.init(rawValue:)) ?? configuration.ticketPaper
            let page = TestPage(kioskID: kioskID, commune: configuration.commune, date: Date(), queue: queue)
            let pdf = try page.pdf()
            let ticket = ESCPOSEncoder().encode(page.ticket(paper: paper))
            if let out {
                try pdf.write(to: URL(fileURLWithPath: out), options: .atomic)
                print("wrote \(out) (\(pdf.count) bytes of PDF)")
                try ticket.write(to: URL(fileURLWithPath: out + ".bin"), options: .atomic)
                try page.ticket(paper: paper).writePNG(
                    to: URL(fileURLWithPath: out + ".png"))
                print("wrote \(out).bin (\(ticket.count) bytes of ESC/POS) and \(out).png (the ticket)")
                return
            }
            let spooler = PrintSpooler(server: configuration.cupsServer)
            let watcher = Task {
                for await report in spooler.conditions where report.condition.isProblem {
                    print("\(report.queue): \(report.condition.technicianText)")
                }
            }
            defer { watcher.cancel() }
            var jobs: [(String, Data, String)] = [(queue, pdf, "application/pdf")]
            if let ticketPrinter { jobs.append((ticketPrinter, ticket, "application/vnd.cups-raw")) }
            var failed = false
            for (destination, document, format) in jobs {
                switch await spooler.print(document, format: format, title: "test-\(kioskID)", to: destination) {
                case .printed(let jobID): print("\(destination): printed as job \(jobID)")
                case .failed(let reason):
                    print("\(destination): failed: \(reason)")
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
