import CenterServer
import Foundation
import Testing

@testable import KioskSync

@Suite(.serialized) struct FormUpdateTests {
    func xform(version: String, title: String) -> String {
        """
        <?xml version="1.0"?>
        <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
        <h:head><h:title>\(title)</h:title><model><instance><data id="khai_sinh" version="\(version)">
        <name/><meta><instanceID/></meta></data></instance></model></h:head><h:body/></h:html>
        """
    }

    @Test func formsAreListedCheckedAndInstalledKeepingTheOldVersion() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let forms = center.folder.appendingPathComponent("forms")
        try xform(version: "1", title: "Khai sinh").write(
            to: forms.appendingPathComponent("khai_sinh.xml"), atomically: true, encoding: .utf8)
        let media = forms.appendingPathComponent("khai_sinh-media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: media.appendingPathComponent("icon.png"))
        try "not a form".write(to: forms.appendingPathComponent("broken.xml"), atomically: true, encoding: .utf8)

        let client = OpenRosaClient(credential: center.credential)
        let list = try await client.formList()
        #expect(list.map(\.formID) == ["khai_sinh"])
        let entry = try #require(list.first)
        #expect(entry.name == "Khai sinh" && entry.version == "1")
        let formData = try Data(contentsOf: forms.appendingPathComponent("khai_sinh.xml"))
        #expect(entry.hash == OpenRosaClient.md5Hash(formData))
        #expect(entry.hash.hasPrefix("md5:") && entry.hash.count == 36)
        let manifest = try await client.manifest(try #require(entry.manifestURL))
        #expect(manifest.map(\.filename) == ["icon.png"])
        await #expect(throws: SyncError.self) {
            try await client.download(entry.downloadURL, expecting: "md5:00000000000000000000000000000000")
        }

        let installed = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
        let updater = FormUpdater(client: client, installer: FormInstaller(root: installed))
        #expect(try await updater.update().installed == ["khai_sinh"])
        let first = try #require(updater.installer.currentFolder(formID: "khai_sinh"))
        #expect(try Data(contentsOf: first.appendingPathComponent("form.xml")) == formData)
        #expect(try Data(contentsOf: first.appendingPathComponent("icon.png")) == Data([1, 2, 3]))
        #expect(try await updater.update().unchanged == ["khai_sinh"])

        try xform(version: "2", title: "Khai sinh (mới)").write(
            to: forms.appendingPathComponent("khai_sinh.xml"), atomically: true, encoding: .utf8)
        #expect(try await updater.update().installed == ["khai_sinh"])
        let second = try #require(updater.installer.currentFolder(formID: "khai_sinh"))
        #expect(second != first && second.lastPathComponent.hasPrefix("2-"))
        // A session that started on version 1 still finds its files.
        #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("form.xml").path))
        updater.installer.prune(formID: "khai_sinh", keeping: [])
        #expect(!FileManager.default.fileExists(atPath: first.path))
        #expect(FileManager.default.fileExists(atPath: second.appendingPathComponent("form.xml").path))
    }

    @Test func theInstallerRefusesPathsFromAManifest() throws {
        let installer = FormInstaller(
            root: FileManager.default.temporaryDirectory.appendingPathComponent("f-\(UUID())"))
        for name in ["../evil", ".hidden", "a/b", ""] {
            #expect(throws: SyncError.self) {
                try installer.install(
                    formID: "f", versionFolder: "1", hash: "md5:x", formXML: Data(), files: [name: Data()])
            }
        }
    }

    @Test func formsAreNotGivenToUnknownDevices() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let client = OpenRosaClient(credential: DeviceCredential(baseURL: center.baseURL, token: "guess"))
        await #expect(throws: SyncError.self) { try await client.formList() }
    }
}
