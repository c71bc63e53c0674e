import KioskPrinting

// TEMPORARY: the printing work adds the real `printTicket` (Terminal+Printing.swift, through the
// print spooler); the lead deletes this file when merging it. Until then the ticket is only logged.
extension Terminal {
    /// Prints a queue ticket on the ticket printer (stub: logs the number only).
    func printTicket(_ content: TicketContent, paper: TicketPaper) {
        log.info("ticket \(content.number) to print on \(paper.rawValue) mm paper (printing not wired yet)")
    }
}
