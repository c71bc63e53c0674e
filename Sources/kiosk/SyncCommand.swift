import ArgumentParser
import Foundation
import KioskApp
import KioskSync

/// `kiosk sync ...`: the technician's view of uploads.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Upload drafts to the center, ask for a draft's status, fetch forms.",
        subcommands: [Provision.self, Status.self, Now.self, Draft.self, Forms.self, Exercise.self])

    struct Provision: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the center's URL and this terminal's token (from `center device add`).")
        @OptionGroup var common: CommonOptions
        @Option(help: "The center's OpenRosa URL, e.g. https://center.xa-ia-grai.vn") var center: String
        @Option(help: "The device token.") var token: String

        func run() throws {
            try StateFolder(url: URL(fileURLWithPath: common.state)).provisionSync(centerURL: center, token: token)
            print("provisioned for \(center)")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Outbox counts, as one JSON line.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let store = try StateFolder(url: URL(fileURLWithPath: common.state)).openStore()
            let summary = try store.outboxSummary()
            var fields: [String: Any] = [
                "pending": summary.pending, "parked": summary.parked, "uploaded": summary.uploaded,
            ]
            if let next = summary.nextAttemptAt { fields["nextAttemptAt"] = ISO8601DateFormatter().string(from: next) }
            if let error = summary.lastError { fields["lastError"] = error }
            let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Upload what is due now (one pass), then exit.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let service = try SyncCommand.makeService(common)
            let pass = await service.uploadNow()
            print(
                "uploaded \(pass.uploaded.count), retrying \(pass.retried.count), parked \(pass.parked.count)"
                    + (pass.skipped.map { "; \($0)" } ?? ""))
            if pass.skipped != nil || !pass.retried.isEmpty { throw ExitCode(2) }
        }
    }

    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask the center for a draft's status by its code.")
        @OptionGroup var common: CommonOptions
        @Argument var code: String

        func run() async throws {
            let service = try SyncCommand.makeService(common)
            guard let status = try await service.centerStatus(code: code) else {
                print("\(code): unknown to the center")
                throw ExitCode(1)
            }
            print("\(code): \(status.state)" + (status.reason.map { " (\($0))" } ?? ""))
        }
    }

    struct Forms: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fetch changed forms from the center.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let folder = StateFolder(url: URL(fileURLWithPath: common.state))
            let report = try await SyncCommand.makeService(common).updateForms(into: folder.installedFormsURL)
            print("installed \(report.installed), unchanged \(report.unchanged), failed \(report.failed)")
            if !report.failed.isEmpty { throw ExitCode(2) }
        }
    }

    struct Exercise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crash-test worker: answer, finalize and upload drafts, one line per durable step.",
            shouldDisplay: false)
        @OptionGroup var common: CommonOptions
        @Option(help: "How many drafts.") var drafts = 1000

        func run() async throws {
            try await SyncExercise(folder: StateFolder(url: URL(fileURLWithPath: common.state))).run(drafts: drafts)
        }
    }

    static func makeService(_ common: CommonOptions) throws -> SyncService {
        let folder = StateFolder(url: URL(fileURLWithPath: common.state))
        guard let credential = try folder.syncCredential() else {
            throw ValidationError("not provisioned: run `kiosk sync provision --center URL --token TOKEN` first")
        }
        return SyncService(credential: credential, store: try folder.openStore())
    }
}
