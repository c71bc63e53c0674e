import Foundation
import KioskForms

/// Forms for the tests: the real birth-certificate form from Assets, and small inline ones.
enum FormFixtures {
    /// The folder of this test target in the source tree. `#filePath` is resolved through symlinks
    /// so the path is right both in the root package and in a scratch package that links this
    /// folder in; KIOSK_FORMS_TESTS overrides it when neither layout applies.
    static let testsFolder: URL = {
        if let folder = ProcessInfo.processInfo.environment["KIOSK_FORMS_TESTS"] {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// Assets/forms of the repository: Tests/KioskFormsTests -> ../../Assets/forms.
    static let formsFolder = testsFolder.appendingPathComponent("../../Assets/forms").standardizedFileURL

    /// The first, four-question version of the birth-certificate form, frozen here so these tests
    /// of the engine do not move when the procedure's form grows (the shipped form is tested by
    /// KioskProceduresTests).
    static func birthCertificateData() throws -> Data {
        try fixture("birth-certificate-copy-v1.xml")
    }

    static func birthCertificate() throws -> XForm {
        try XForm.parse(birthCertificateData())
    }

    /// A fixture file as the package copied it into the test bundle.
    static func fixture(_ name: String) throws -> Data {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The same fixture in the source tree, where RECORD_SNAPSHOTS=1 rewrites it.
    static func fixtureSource(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// A minimal XForm with the given parts; each default is valid, so a test changes only the
    /// part it is about.
    static func inline(
        title: String = "<h:title>Test</h:title>",
        itext: String = "",
        instance: String =
            #"<instance><data id="test" version="7"><name/><meta><instanceID/></meta></data></instance>"#,
        binds: String = #"<bind nodeset="/data/name" type="string" required="true()"/>"#,
        body: String = #"<input ref="/data/name"><label>Name</label></input>"#,
        model: String? = nil
    ) -> Data {
        let modelElement = model ?? "<model>\(itext)\(instance)\(binds)</model>"
        return Data(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                    xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
              <h:head>\(title)\(modelElement)</h:head>
              <h:body>\(body)</h:body>
            </h:html>
            """.utf8)
    }
}
