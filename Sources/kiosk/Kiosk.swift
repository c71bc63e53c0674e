import ArgumentParser

@main
struct Kiosk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "VillageKiosk: guides citizens through administrative procedures, one question per screen.",
        subcommands: [
            Run.self, Screenshot.self, FormCommand.self, PrintCommand.self, BenchCommand.self, SyncCommand.self,
            BoardCommand.self, DisplayCommand.self, Calibrate.self, PrinterCommand.self, QueueCommand.self,
        ],
        defaultSubcommand: Run.self)
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(help: "The terminal's writable folder (config.json, database, key).")
    var state: String = "state"

    @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
    var assets: String?
}
