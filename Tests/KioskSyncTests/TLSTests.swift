import CenterServer
import Foundation
import KioskApp
import KioskStore
import Testing

@testable import KioskSync

/// Uploads over TLS to a real TLS endpoint on loopback (test CA made here).
@Suite(.serialized) struct TLSTests {
    @Test func aCertificateFromAnUnknownCAIsRefused() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let tls = try await TLSFixture(forwardingTo: center.port)
        defer { tls.stop() }
        let client = OpenRosaClient(
            credential: DeviceCredential(baseURL: URL(string: "https://127.0.0.1:\(tls.port)")!, token: center.token))
        guard case .failed(.transport(let reason)) = await client.preflight() else {
            Issue.record("an untrusted certificate must fail the connection")
            return
        }
        #expect(reason.hasPrefix("TLS failed"))
        #expect(try center.database.submissionCount() == 0)
    }

    /// URLSession on Linux (libcurl) trusts only the system's CA bundle, and the process cannot
    /// change it for itself; so the terminal's real `kiosk sync now` runs in a private mount
    /// namespace where the bundle is the test CA (bind mount, seen by that process only).
    @Test func theTerminalUploadsOverTLSWhenItTrustsTheCenter() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let tls = try await TLSFixture(forwardingTo: center.port)
        defer { tls.stop() }
        let kiosk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("kiosk")
        let built = FileManager.default.isExecutableFile(atPath: kiosk.path)
        #expect(built, "the kiosk executable is built beside the tests (swift build --build-tests)")
        guard built else { return }

        let state = tls.folder.appendingPathComponent("state")
        let folder = StateFolder(url: state)
        try folder.provisionSync(centerURL: "https://127.0.0.1:\(tls.port)", token: center.token)
        let store = try folder.openStore()
        let draft = try store.createDraft(
            procedure: "p", formID: "khai_sinh", formVersion: "1", language: "vi", at: Date())
        try store.finalize(
            draftID: draft.id, submission: String(decoding: instanceXML(id: "uuid:\(draft.id)"), as: UTF8.self),
            at: Date())

        let output = try TLSFixture.shell(
            """
            unshare -m sh -ec 'mount --bind \(tls.caFile.path) /etc/ssl/certs/ca-certificates.crt
            exec \(kiosk.path) sync now --state \(state.path)'
            """)
        #expect(output.contains("uploaded 1"))
        #expect(try center.database.submission(code: draft.code) != nil)
        #expect(try store.draft(code: draft.code)?.status == .uploaded)
    }
}
