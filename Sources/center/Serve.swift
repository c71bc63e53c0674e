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

    @Option(help: "The kiosk's Assets folder (catalog, forms, print templates) for printing official forms.")
    var assets: String?

    @Option(help: "The commune printed on the official forms.")
    var commune = "xã (chưa cài đặt)"

    func run() async throws {
        let folder = DataFolder(url: URL(fileURLWithPath: options.data))
        let database = try folder.openDatabase()
        var configuration = CenterConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.publicURL = publicURL
        configuration.maxSubmissionBytes = maxSubmissionBytes
        let queue = try folder.openQueue(database: database)
        var officialForms: OfficialForms?
        if let root = OfficialForms.locateAssets(explicit: assets) {
            officialForms = try OfficialForms(root: root, commune: commune)
        } else {
            print("no Assets folder found (--assets DIR): staff pages print from the browser")
        }
        let server = CenterServer(
            database: database, catalog: FormCatalog(folder: folder.formsURL), configuration: configuration,
            queue: queue, officialForms: officialForms)
        try await server.run { port in
            // Written at once, unbuffered: a pipe (systemd, tests) sees the line now, not at exit.
            FileHandle.standardOutput.write(Data("listening on \(host):\(port)\n".utf8))
        }
    }
}
