import Foundation

extension TicketQueue {
    /// Issues the next number of a service to a citizen at the queue's owner.
    public mutating func issue(
        service code: String, priority: PriorityGroup? = nil, draftCode: String? = nil, at now: Date
    ) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        guard let service = service(code) else { throw .unknownService(code) }
        var value = max(nextNumber[code] ?? service.first, service.first)
        while blocks.contains(where: { $0.service == code && $0.contains(value) }) { value += 1 }
        guard value <= service.last else { throw .numbersExhausted(service: code) }
        nextNumber[code] = value + 1
        let ticket = Ticket(
            number: TicketNumber(service: code, value: value, digits: service.digits), service: code,
            priority: priority, issuedAt: now, issuer: "center", draftCode: draftCode)
        tickets.append(ticket)
        actions.append(printAction(for: ticket))
        actions.append(.display(board))
        return actions
    }

    /// Sets aside the `size` highest free numbers of a service today for `terminal`.
    public mutating func reserveBlock(service code: String, size: Int, for terminal: String, at now: Date)
        throws(QueueError) -> NumberBlock
    {
        _ = turnDay(now)
        guard let service = service(code) else { throw .unknownService(code) }
        guard size > 0 else { throw .invalidBlockSize(size) }
        let lowestReserved = blocks.filter { $0.service == code }.map(\.first).min() ?? (service.last + 1)
        let last = lowestReserved - 1
        let first = last - size + 1
        let nextOwn = max(nextNumber[code] ?? service.first, service.first)
        guard first >= nextOwn else { throw .numbersExhausted(service: code) }
        let block = NumberBlock(service: code, first: first, last: last, terminal: terminal, day: day)
        blocks.append(block)
        return block
    }

    /// Takes into the line a ticket a terminal issued from its block while it could not reach the
    /// queue's owner. The same ticket twice is refused, so a retried upload changes nothing.
    public mutating func accept(_ ticket: Ticket, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        guard
            blocks.contains(where: {
                $0.service == ticket.number.service && $0.terminal == ticket.issuer && $0.contains(ticket.number.value)
            }), QueueDay(ticket.issuedAt, utcOffset: utcOffset) == day
        else { throw .foreignTicket(ticket.number) }
        guard ticketIndex(ticket.number) == nil else { throw .duplicateTicket(ticket.number) }
        var accepted = ticket
        accepted.state = .issued
        accepted.counter = nil
        tickets.append(accepted)
        actions.append(.display(board))
        return actions
    }

    /// The people who will be called before `ticket` in its line, as the policy would call them
    /// now, and the estimated wait from recent times at the counters of its service.
    public func ahead(of ticket: Ticket) -> (count: Int, estimatedWait: TimeInterval?) {
        var line = waiting(in: ticket.service)
        var streak = regularStreak
        var count = 0
        while let index = pick(from: line, streak: streak) {
            let picked = line.remove(at: index)
            if picked.number == ticket.number { break }
            streak = picked.priority == nil ? streak + 1 : 0
            count += 1
        }
        let open = counters.filter { $0.isOpen && $0.services.contains(ticket.service) }.count
        let times = serviceTimes[ticket.service] ?? []
        guard !times.isEmpty, open > 0 else { return (count, nil) }
        let mean = times.reduce(0, +) / Double(times.count)
        return (count, mean * Double(count) / Double(open))
    }

    func printAction(for ticket: Ticket) -> Action {
        let ahead = ahead(of: ticket)
        return .print(ticket, ahead: ahead.count, estimatedWait: ahead.estimatedWait)
    }
}
