import Foundation

extension TicketQueue {
    /// "Next" at a counter: the ticket at it is done, and the next one of its services is called.
    public mutating func next(counter number: Int, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        let index = try counterIndex(number)
        finishCurrent(at: index, as: .done, now: now)
        counters[index].isOpen = true
        let line = tickets.indices.filter {
            tickets[$0].state == .issued && counters[index].services.contains(tickets[$0].service)
        }.sorted { tickets[$0].issuedAt < tickets[$1].issuedAt }
        if let choice = pick(from: line.map { tickets[$0] }, streak: regularStreak) {
            let ticketIndex = line[choice]
            regularStreak = tickets[ticketIndex].priority == nil ? regularStreak + 1 : 0
            tickets[ticketIndex].state = .called
            tickets[ticketIndex].counter = number
            tickets[ticketIndex].calledAt = now
            counters[index].current = tickets[ticketIndex].number
            let call = Call(number: tickets[ticketIndex].number, counter: number, at: now)
            remember(call)
            actions.append(.announce(call))
        }
        actions.append(.display(board))
        return actions
    }

    /// "Recall": the ticket at the counter is called again.
    public mutating func recall(counter number: Int, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        let current = try currentTicket(at: number)
        guard tickets[current].state == .called else {
            throw .wrongState(tickets[current].number, tickets[current].state)
        }
        let call = Call(number: tickets[current].number, counter: number, at: now, isRecall: true)
        remember(call)
        actions.append(.announce(call))
        actions.append(.display(board))
        return actions
    }

    /// The citizen called has come to the counter.
    public mutating func serve(counter number: Int, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        let current = try currentTicket(at: number)
        guard tickets[current].state == .called else {
            throw .wrongState(tickets[current].number, tickets[current].state)
        }
        tickets[current].state = .serving
        tickets[current].servingAt = now
        actions.append(.display(board))
        return actions
    }

    /// "Done": the ticket at the counter is finished; the counter is free until "Next".
    public mutating func done(counter number: Int, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        let index = try counterIndex(number)
        _ = try currentTicket(at: number)
        finishCurrent(at: index, as: .done, now: now)
        actions.append(.display(board))
        return actions
    }

    /// "No-show": the ticket called did not come; the counter is free until "Next".
    public mutating func noShow(counter number: Int, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        let index = try counterIndex(number)
        let current = try currentTicket(at: number)
        guard tickets[current].state == .called else {
            throw .wrongState(tickets[current].number, tickets[current].state)
        }
        finishCurrent(at: index, as: .noShow, now: now)
        actions.append(.display(board))
        return actions
    }

    /// "Transfer": the ticket at the counter goes back to waiting, in another service's line, at the
    /// place its issue time gives it (it has waited already).
    public mutating func transfer(counter number: Int, to service: String, at now: Date) throws(QueueError)
        -> [Action]
    {
        var actions = turnDay(now)
        guard self.service(service) != nil else { throw .unknownService(service) }
        let index = try counterIndex(number)
        let current = try currentTicket(at: number)
        tickets[current].transferredFrom = tickets[current].transferredFrom ?? tickets[current].service
        tickets[current].service = service
        tickets[current].state = .issued
        tickets[current].counter = nil
        tickets[current].calledAt = nil
        tickets[current].servingAt = nil
        counters[index].current = nil
        actions.append(.display(board))
        return actions
    }

    /// Opens or closes a counter; a closed counter keeps no ticket (the one at it waits again).
    public mutating func setOpen(_ open: Bool, counter number: Int, at now: Date) throws(QueueError) -> [Action] {
        var actions = turnDay(now)
        let index = try counterIndex(number)
        if !open, let current = counters[index].current, let ticket = ticketIndex(current),
            tickets[ticket].state == .called
        {
            tickets[ticket].state = .issued
            tickets[ticket].counter = nil
            tickets[ticket].calledAt = nil
            counters[index].current = nil
        } else if !open {
            finishCurrent(at: index, as: .done, now: now)
        }
        counters[index].isOpen = open
        actions.append(.display(board))
        return actions
    }

    /// Which of a line (oldest first) is called next under the policy, given the regular tickets
    /// called since the last priority one; nil when the line is empty.
    func pick(from line: [Ticket], streak: Int) -> Int? {
        let firstPriority = line.firstIndex { $0.priority != nil }
        let firstRegular = line.firstIndex { $0.priority == nil }
        switch policy {
        case .strict:
            return firstPriority ?? firstRegular
        case .oneEvery(let n):
            if let firstPriority, streak >= max(n, 0) || firstRegular == nil { return firstPriority }
            return firstRegular ?? firstPriority
        }
    }

    func currentTicket(at counter: Int) throws(QueueError) -> Int {
        let index = try counterIndex(counter)
        guard let number = counters[index].current, let ticket = ticketIndex(number) else {
            throw .noCurrentTicket(counter: counter)
        }
        return ticket
    }

    /// Ends the ticket at a counter (a called or serving one), keeping its time at the counter.
    mutating func finishCurrent(at slot: Int, as state: Ticket.State, now: Date) {
        guard let number = counters[slot].current, let index = ticketIndex(number) else { return }
        counters[slot].current = nil
        guard tickets[index].state == .called || tickets[index].state == .serving else { return }
        if state == .done, let start = tickets[index].servingAt ?? tickets[index].calledAt {
            var times = serviceTimes[tickets[index].service] ?? []
            times.append(now.timeIntervalSince(start))
            serviceTimes[tickets[index].service] = Array(times.suffix(Self.serviceTimesKept))
        }
        tickets[index].state = state
        tickets[index].finishedAt = now
    }

    mutating func remember(_ call: Call) {
        lastCalls.insert(call, at: 0)
        if lastCalls.count > Self.lastCallsKept { lastCalls.removeLast(lastCalls.count - Self.lastCallsKept) }
    }
}
