import Foundation
import KioskForms
import KioskPrinting
import KioskProcedures
import KioskStore
import KioskUI

/// Which of the terminal's printers a condition is about.
enum PrinterRole: Hashable, Sendable {
    case form, ticket
}

extension Terminal {
    /// Finalizes the draft, then prints its form on the A4 printer. While the printer is away the
    /// citizen is shown why (out of paper, stopped, unreachable, ...); the job waits in CUPS and
    /// prints once, when the printer is back, and the flow goes on to the done screen.
    ///
    /// The draft is durable before anything is sent, so a print that never happens loses nothing.
    func startPrinting() {
        guard let draft, let form = flow.form, let session = flow.session, let procedure = flow.procedure else {
            flow.printFinished(succeeded: false)
            return
        }
        let now = clock()
        let pdf: Data
        do {
            try store.finalize(
                draftID: draft.id,
                submission: session.submissionXML(form: form, instanceID: "uuid:\(draft.id)", endedAt: now), at: now)
            sync?.wake()
            pdf = try formPDF(draft: draft, form: form, session: session, procedure: procedure, date: now)
        } catch {
            log.error("draft \(draft.code) not finalized: \(error)")
            flow.printFinished(succeeded: false)
            return
        }
        let document = PrintDocument(data: pdf, format: .pdf, title: "ho-so-\(draft.code)")
        let store = self.store
        let log = self.log
        let clock = self.clock
        printing = Task { [weak self, printer] in
            let result = await Self.print(document, on: printer, role: .form, terminal: self)
            var succeeded = false
            switch result {
            case .success(let outcome):
                log.info(
                    "draft \(draft.code) printed: job \(outcome.jobID.map(String.init) ?? "-") on \(outcome.destination)"
                )
                do throws(StoreError) {
                    try store.setStatus(.printed, draftID: draft.id, at: clock())
                } catch {
                    log.error("draft \(draft.code) printed but not marked printed: \(error)")
                }
                self?.lastPrint = outcome
                succeeded = true
            case .failure(let error):
                log.error("draft \(draft.code) not printed: \(error)")
            }
            // The print ended: a problem it reported is no longer the citizen's to fix; a failure
            // shows the print-failed screen, which offers to try again.
            self?.printerCondition(nil, of: .form)
            if let effects = self?.flow.printFinished(succeeded: succeeded) { self?.perform(effects) }
            self?.show()
        }
    }

    /// The form as the official paper form (from its print templates), or as a plain list of the
    /// answers when the procedure has no template.
    func formPDF(draft: Draft, form: XForm, session: FormSession, procedure: Procedure, date: Date) throws -> Data {
        if let printTemplates, !procedure.printTemplates.isEmpty {
            let templates = try procedure.printTemplates.map { id throws(TemplateError) in
                try PrintTemplate.load(id: id, from: printTemplates)
            }
            let data = TemplateData(
                form: form, session: session, draftCode: draft.code, commune: configuration.commune,
                agency: procedure.agency["vi"] ?? "", date: date)
            return try PrintedForm(templates: templates, data: data).pdf()
        }
        return try FormDocument(
            procedure: procedure, form: form, session: session, draftCode: draft.code, date: date,
            commune: configuration.commune
        ).pdf(icons: icons)
    }

    /// Prints a queue ticket on the ticket printer's raw queue, in the background: drawn with
    /// ``TicketRenderer``, sent as ESC/POS raster. Printer problems are shown to the citizen as for the
    /// form; the ticket waits and prints once when the printer is back. Without a ticket printer it
    /// is only logged. The job's title is the ticket number, never the citizen's data.
    public func printTicket(_ content: TicketContent, paper: TicketPaper) {
        guard let ticketPrinter else {
            log.info("ticket \(content.number) not printed: no ticket printer configured")
            return
        }
        let id = nextTicketPrint
        nextTicketPrint += 1
        let log = self.log
        ticketPrints[id] = Task { [weak self] in
            // Drawing and encoding take milliseconds; they still run off the screen's actor.
            let bytes = await Task.detached {
                ESCPOSEncoder().encode(TicketRenderer(paper: paper).render(content))
            }.value
            let document = PrintDocument(data: bytes, format: .raw, title: "ticket-\(content.number)")
            switch await Self.print(document, on: ticketPrinter, role: .ticket, terminal: self) {
            case .success(let outcome):
                log.info("ticket \(content.number) printed: job \(outcome.jobID.map(String.init) ?? "-")")
            case .failure(let error):
                log.error("ticket \(content.number) not printed: \(error)")
            }
            self?.printerCondition(nil, of: .ticket)
            self?.ticketPrints[id] = nil
        }
    }

    /// Prints on `printer`, handing each condition change to the terminal in the order it came, all
    /// of them before the outcome.
    static func print(
        _ document: PrintDocument, on printer: DocumentPrinter, role: PrinterRole, terminal: Terminal?
    ) async -> Result<PrintOutcome, PrintError> {
        let (reports, continuation) = AsyncStream.makeStream(of: PrinterCondition.self)
        let shown = Task { [weak terminal] in
            for await condition in reports { terminal?.printerCondition(condition.deviceProblem, of: role) }
        }
        let result: Result<PrintOutcome, PrintError>
        do throws(PrintError) {
            result = .success(try await printer.print(document) { continuation.yield($0) })
        } catch {
            result = .failure(error)
        }
        continuation.finish()
        await shown.value
        return result
    }

    /// Shows the citizen what is wrong with a printer, or takes it away once it is fixed. With both
    /// printers in trouble the form's problem is shown first: the form is what the citizen came for.
    func printerCondition(_ problem: DeviceProblem?, of role: PrinterRole) {
        let before = printerProblems[.form] ?? printerProblems[.ticket]
        printerProblems[role] = problem
        let now = printerProblems[.form] ?? printerProblems[.ticket]
        guard now != before else { return }
        if let problem {
            log.info("printer problem (\(role)): \(problem.rawValue)")
        }
        deviceProblem(now)
    }
}
