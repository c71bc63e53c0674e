import ArgumentParser
import CenterServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the OpenRosa endpoints and the staff pages.")

    @OptionGroup var options: DataOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed once listening).")
    var port = 8080

    @Option(help: "The URL terminals use, when a TLS proxy stands in front (e.g. https://center.example:8443).")
    var publicURL: String?

    @Option(help: "Largest submission accepted, in bytes.")
    var maxSubmissionBytes = 10 * 1024 * 1024

    func run() async throws {
        let folder = DataFolder(url: URL(fileURLWithPath: options.data))
        let database = try folder.openDatabase()
        var configuration = CenterConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.publicURL = publicURL
        configuration.maxSubmissionBytes = maxSubmissionBytes
        let queue = try folder.openQueue(database: database)
        let server = CenterServer(
            database: database, catalog: FormCatalog(folder: folder.formsURL), configuration: configuration,
            queue: queue)
        try await server.run { port in
            print("listening on \(host):\(port)")
        }
    }
}
