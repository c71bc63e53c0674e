import ArgumentParser
import CenterServer
import Foundation

struct DeviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device", abstract: "Terminals allowed to upload.", subcommands: [Add.self, Revoke.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a terminal; prints its token once.")
        @OptionGroup var options: DataOptions
        @Argument(help: "The terminal's name, e.g. its village.") var name: String

        func run() throws {
            let database = try DataFolder(url: URL(fileURLWithPath: options.data)).openDatabase()
            print(try database.addDevice(name: name, at: Date()))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refuse a terminal's token from now on.")
        @OptionGroup var options: DataOptions
        @Argument var name: String

        func run() throws {
            try DataFolder(url: URL(fileURLWithPath: options.data)).openDatabase().revokeDevice(name: name, at: Date())
        }
    }
}
