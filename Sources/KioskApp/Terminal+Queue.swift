import Foundation
import KioskPrinting
import KioskQueue
import KioskUI

extension Terminal {
    /// Takes the session's queue ticket off the screen's way: the done screen says it is coming,
    /// then shows and speaks the number; the ticket is printed with the draft code.
    func takeTicket(priority: PriorityGroup?) {
        guard let source = tickets, let procedure = flow.procedure,
            let service = configuration.queue.service(for: procedure.queueService)
        else {
            flow.ticketUnavailable()
            return
        }
        let draftCode = draft?.code
        let language = flow.language
        let log = self.log
        let previous = ticketing
        ticketing = Task { [weak self] in
            await previous?.value
            do throws(AppError) {
                let taken = try await source.ticket(service: service, priority: priority, draftCode: draftCode)
                let services = await source.services()
                self?.ticketTaken(taken, services: services, draftCode: draftCode, language: language)
            } catch {
                log.error("no queue ticket for draft \(draftCode ?? "-"): \(error)")
                // Only the session that asked hears of it.
                if self?.flow.draftCode == draftCode { self?.flow.ticketUnavailable() }
                self?.show()
            }
        }
    }

    func ticketTaken(_ taken: TakenTicket, services: [Service], draftCode: String?, language: String) {
        let ticket = taken.ticket
        let service = services.first { $0.code == ticket.service }
        log.info(
            "ticket \(ticket.number) taken for draft \(draftCode ?? "-") (\(taken.ahead.map(String.init) ?? "?") ahead)"
        )
        // The slip prints the service in Vietnamese (the staff's words) and the small texts in the
        // citizen's language.
        printTicket(
            TicketContent(
                number: ticket.number.description, service: service?.name(in: "vi") ?? ticket.service,
                issuedAt: ticket.issuedAt, peopleAhead: taken.ahead, commune: configuration.commune,
                draftCode: draftCode, language: language),
            paper: configuration.ticketPaper)
        // The citizen may have gone (finish, idle) while the number came: it is on paper then.
        guard flow.draftCode == draftCode, flow.ticket == .taking else { return }
        flow.ticketTaken(
            CitizenFlow.QueueNumber(
                number: ticket.number, service: service?.name(in: language) ?? ticket.service, ahead: taken.ahead))
        show()
    }
}
