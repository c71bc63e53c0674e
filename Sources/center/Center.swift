import ArgumentParser

@main
struct Center: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "center",
        abstract: "The commune service center's server: receives drafts from terminals, staff pages.",
        subcommands: [Serve.self, DeviceCommand.self, StaffCommand.self, BenchCommand.self])
}

/// Options every command shares.
struct DataOptions: ParsableArguments {
    @Option(help: "The center's data folder (database, key, forms/).")
    var data: String = "center-data"
}
