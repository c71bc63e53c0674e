import ArgumentParser
import CenterServer
import Foundation

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Staff accounts of the pages.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff account (or reset its password); the password is read from standard input.")
        @OptionGroup var options: DataOptions
        @Argument var user: String

        func run() throws {
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw ValidationError("give the password on standard input")
            }
            try DataFolder(url: URL(fileURLWithPath: options.data)).openDatabase().addStaff(
                user: user, password: password, at: Date())
            print("staff \(user) added")
        }
    }
}
