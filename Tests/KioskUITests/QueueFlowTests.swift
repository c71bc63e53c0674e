import Foundation
import KioskQueue
import Testing

@testable import KioskUI

/// The end of a procedure with queue numbers: after printing the priority question (when asked),
/// then the ticket is asked for; the done screen shows, and says, the number when it comes.
@Suite struct QueueFlowTests {
    let metrics = Metrics(widthPixels: 1280, heightPixels: 800, widthMM: 217)
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func printed(queue: CitizenFlow.QueueOptions) throws -> (CitizenFlow, [CitizenFlow.Effect]) {
        var walker = try Walker(metrics)
        walker.flow.queue = queue
        walker.flow.step = .printing
        walker.flow.draftCode = "27232024"
        let effects = walker.flow.printFinished(succeeded: true)
        return (walker.flow, effects)
    }

    @Test func withoutAQueueTheDoneScreenIsAsBefore() throws {
        let (flow, effects) = try printed(queue: .init(enabled: false))
        #expect(effects.isEmpty)
        #expect(ScreenBuilder(metrics: metrics).screen(for: flow).name == "done")
    }

    @Test func priorityIsAskedThenTheNumberShownAndSpoken() throws {
        var (flow, effects) = try printed(queue: .init(enabled: true, asksPriority: true))
        #expect(effects.isEmpty)
        let builder = ScreenBuilder(metrics: metrics)
        let question = builder.screen(for: flow)
        #expect(question.name == "priority")
        #expect(question.smallestTargetMM(metrics: metrics).map { $0 >= 12 } == true)
        let pregnant = try #require(question.element(id: "priority.pregnant")?.action)
        #expect(flow.handle(pregnant, at: now) == [.takeTicket(priority: .pregnant)])
        #expect(builder.screen(for: flow).name == "done", "waiting for the number")
        flow.ticketTaken(.init(number: TicketNumber(service: "B", value: 7), service: "Đất đai", ahead: 3))
        let done = builder.screen(for: flow)
        #expect(done.name == "done.ticket")
        guard case .text(let number, _)? = done.element(id: "ticket.number")?.content else {
            Issue.record("no number on the done screen")
            return
        }
        #expect(number == "B007")
        #expect(
            done.audio == [
                "ui.done", "ui.yourNumber", "say:B 0 0 7", "say:3 người đang chờ trước bạn", "ui.keepTicket",
            ])
        #expect(flow.handle(.finish, at: now) == [.endSession])
        #expect(flow.ticket == .none, "the number leaves with the session")
    }

    @Test func noNumberSendsTheCitizenToTheStaffAndALateOneIsIgnored() throws {
        var (flow, effects) = try printed(queue: .init(enabled: true, asksPriority: false))
        #expect(effects == [.takeTicket(priority: nil)])
        flow.ticketUnavailable()
        let done = ScreenBuilder(metrics: metrics).screen(for: flow)
        #expect(done.name == "done")
        #expect(done.audio.contains("ui.noNumber"))
        flow.ticketTaken(.init(number: TicketNumber(service: "A", value: 1), service: "Hộ tịch", ahead: 0))
        #expect(flow.ticket == .unavailable, "a number that comes too late is not shown")
    }

    /// A form that did not print still has its draft, kept and sent: the citizen gets a number all
    /// the same (staff print the form from the code); without a queue, finishing ends the session.
    @Test func aFailedPrintStillGivesANumber() throws {
        for enabled in [true, false] {
            var walker = try Walker(metrics)
            walker.flow.queue = .init(enabled: enabled, asksPriority: false)
            walker.flow.step = .printing
            walker.flow.draftCode = "27232024"
            #expect(walker.flow.printFinished(succeeded: false).isEmpty)
            #expect(ScreenBuilder(metrics: metrics).screen(for: walker.flow).name == "print-failed")
            let effects = walker.flow.handle(.finish, at: now)
            #expect(effects == (enabled ? [.takeTicket(priority: nil)] : [.endSession]), "queue \(enabled)")
        }
    }

    /// A printer that stays broken does not hold the citizen: "don't wait" goes on to the number (or
    /// the done screen, which says the form prints later and to ask the staff); the late end of the
    /// print changes nothing.
    @Test func aCitizenNeedNotWaitForABrokenPrinter() throws {
        for enabled in [true, false] {
            var walker = try Walker(metrics)
            walker.flow.queue = .init(enabled: enabled, asksPriority: false)
            walker.flow.step = .printing
            walker.flow.draftCode = "27232024"
            walker.flow.deviceProblem(.printerOutOfPaper)
            let builder = ScreenBuilder(metrics: metrics)
            let problem = builder.screen(for: walker.flow)
            #expect(problem.name == "problem.printerOutOfPaper")
            let dontWait = try #require(problem.element(id: "button.dontWait")?.action)
            let effects = walker.flow.handle(dontWait, at: now)
            #expect(effects == (enabled ? [.takeTicket(priority: nil)] : []), "queue \(enabled)")
            let done = builder.screen(for: walker.flow)
            #expect(done.name == "done")
            #expect(done.audio.contains(UIStrings.prompt(.donePrintPending)))
            #expect(walker.flow.printFinished(succeeded: true).isEmpty)
            #expect(builder.screen(for: walker.flow).name == "done")
        }
    }
}
