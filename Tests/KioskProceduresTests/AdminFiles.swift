import Foundation
import KioskProcedures

/// The real files of Assets/admin, read from the source tree.
enum AdminFiles {
    /// This test target's folder. `#filePath` is resolved through symlinks so the path is right both in
    /// the root package and in a scratch package that links the folder in; KIOSK_PROCEDURES_TESTS
    /// overrides it when neither layout applies.
    static let testsFolder: URL = {
        if let folder = ProcessInfo.processInfo.environment["KIOSK_PROCEDURES_TESTS"] {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// Tests/KioskProceduresTests -> ../../Assets/admin.
    static let folder = testsFolder.appendingPathComponent("../../Assets/admin").standardizedFileURL

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The real files, loaded once for all the tests that read them.
    static func units() throws -> AdministrativeUnits {
        try loaded.get()
    }

    private static let loaded = Result { try load() }

    private static func load() throws -> AdministrativeUnits {
        let legacy = try LegacyAdministrativeUnits(
            provinces: data("legacy-provinces.csv"), districts: data("legacy-districts.csv"),
            wards: data("legacy-wards.csv"))
        return try AdministrativeUnits(
            provinces: data("provinces.csv"), communes: data("communes.csv"), legacy: legacy)
    }

    static let names = [
        "provinces.csv", "communes.csv", "legacy-provinces.csv", "legacy-districts.csv", "legacy-wards.csv",
    ]
}
