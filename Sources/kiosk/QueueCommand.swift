import ArgumentParser
import Foundation
import KioskApp
import KioskQueue

/// `kiosk queue next|recall|serve|done|no-show --counter N`: staff at a village house call numbers
/// from the terminal's own queue (queue.mode "village"). It works on the terminal's SQLite file
/// while the terminal runs; its second screen follows.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Call queue numbers at a village house (the terminal's own queue).",
        subcommands: [Next.self, Recall.self, Serve.self, Done.self, NoShow.self, Show.self])

    /// The counter a command acts at, and the state folder.
    struct CounterOptions: ParsableArguments {
        @OptionGroup var common: CommonOptions
        @Option(help: "The counter's number.") var counter: Int

        func run(_ action: CounterCommand) throws {
            let (board, call) = try QueueCommand.desk(common).counter(action, counter: counter)
            if let call {
                print("counter \(call.counter): \(call.number)\(call.isRecall ? " (again)" : "")")
            } else {
                let current = board.counters.first { $0.counter == counter }?.number?.description ?? "free"
                print("counter \(counter): \(current)")
            }
            print(QueueCommand.waitingLine(board))
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The ticket at the counter is done; call the next.")
        @OptionGroup var options: CounterOptions
        func run() throws { try options.run(.next) }
    }

    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Call the ticket at the counter again.")
        @OptionGroup var options: CounterOptions
        func run() throws { try options.run(.recall) }
    }

    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The citizen called has come to the counter.")
        @OptionGroup var options: CounterOptions
        func run() throws { try options.run(.serve) }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The ticket at the counter is done; call nobody yet.")
        @OptionGroup var options: CounterOptions
        func run() throws { try options.run(.done) }
    }

    struct NoShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "no-show", abstract: "The citizen called did not come.")
        @OptionGroup var options: CounterOptions
        func run() throws { try options.run(.noShow) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "The counters and how many wait, as the board shows them.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let board = try QueueCommand.desk(common).queue().board
            for line in board.counters {
                print("counter \(line.counter): \(line.number?.description ?? (line.isOpen ? "free" : "closed"))")
            }
            print(QueueCommand.waitingLine(board))
        }
    }

    static func desk(_ common: CommonOptions) throws -> VillageDesk {
        let state = StateFolder(url: URL(fileURLWithPath: common.state))
        let configuration = try state.configuration()
        guard configuration.queue.mode == .village else {
            throw ValidationError(
                "this terminal's queue mode is \"\(configuration.queue.mode.rawValue)\": `kiosk queue` serves a village house's own queue (\"village\")"
            )
        }
        return VillageDesk(store: try state.openStore(), settings: configuration.queue)
    }

    static func waitingLine(_ board: Board) -> String {
        "waiting: " + board.waiting.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
