import CenterServer
import Foundation
import KioskSync

/// A real center listening on loopback, with its data folder in a temp dir and one device.
final class CenterFixture: Sendable {
    let folder: URL
    let database: CenterDatabase
    let token: String
    let server: CenterServer
    let running: RunningCenter

    var port: Int { running.port }
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var credential: DeviceCredential { DeviceCredential(baseURL: baseURL, token: token) }

    /// `port` 0 picks a free one; pass an earlier fixture's port to bring "the same" center back.
    init(
        folder: URL? = nil, port: Int = 0, maxSubmissionBytes: Int = 10 * 1024 * 1024, token: String? = nil,
        officialForms: OfficialForms? = nil
    ) async throws {
        let folder =
            folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("center-\(UUID().uuidString)")
        self.folder = folder
        let data = DataFolder(url: folder)
        database = try data.openDatabase()
        self.token = try token ?? database.addDevice(name: "terminal-\(UUID().uuidString.prefix(8))", at: Date())
        var configuration = CenterConfiguration()
        configuration.port = port
        configuration.maxSubmissionBytes = maxSubmissionBytes
        // The crash loop sends hundreds of drafts a second from one token, far past what a terminal
        // sends; its subject is durability. The limits have their own tests (RateLimitTests).
        configuration.deviceRate = nil
        server = CenterServer(
            database: database, catalog: FormCatalog(folder: data.formsURL), configuration: configuration,
            officialForms: officialForms)
        running = try await server.start()
    }

    func stop() async {
        await running.stop()
    }
}

/// The repository's Assets folder (catalog, forms, print templates).
let repositoryAssets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Assets").standardizedFileURL

/// A submission as the terminal's form session writes it.
func instanceXML(id: String, name: String = "Nguyễn Thị Hoa", formID: String = "khai_sinh") -> Data {
    Data(
        """
        <?xml version="1.0" encoding="UTF-8"?><data id="\(formID)" version="2026110101" xmlns:orx="http://openrosa.org/xforms"><child><name>\(name)</name><birth>2026-11-01</birth></child><meta><orx:instanceID>\(id)</orx:instanceID></meta></data>
        """.utf8)
}
