import Foundation
import KioskForms

/// The procedure forms of Assets/forms, read from the source tree: the XForm, its media folder
/// (NAME-media/, as FormFiles in KioskApp reads it) and the shared icons.
enum FormAssets {
    /// Tests/KioskProceduresTests/Forms -> the repository.
    static let repository = AdminFiles.testsFolder.appendingPathComponent("../..").standardizedFileURL
    static let forms = repository.appendingPathComponent("Assets/forms")
    static let sources = forms.appendingPathComponent("src")
    static let sharedIcons = repository.appendingPathComponent("Assets/icons")
    static let examples = repository.appendingPathComponent("Assets/examples")

    static let names = ["birth-3in1", "birth-certificate-copy", "land-first-registration"]

    static func xform(_ name: String) -> URL {
        forms.appendingPathComponent(name + ".xml")
    }

    static func media(_ name: String) -> URL {
        forms.appendingPathComponent(name + "-media")
    }

    /// The form with the attachments it names, read from its media folder as FormFiles does.
    static func load(_ name: String) throws -> XForm {
        try loaded(name).get()
    }

    /// A family's answers from Assets/examples/NAME.answers.json (path → lexical value). A missing
    /// or unreadable example gives no answers, so every test using it fails on its first check.
    static func example(_ name: String) -> [String: String] {
        let file = examples.appendingPathComponent(name + ".answers.json")
        return (try? JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))) ?? [:]
    }

    /// Whether a media file the form names is in its folder or, for a picture, in the shared icons.
    static func mediaExists(_ file: String, of name: String) -> Bool {
        let manager = FileManager.default
        if manager.fileExists(atPath: media(name).appendingPathComponent(file).path) { return true }
        return file.hasSuffix(".svg") && manager.fileExists(atPath: sharedIcons.appendingPathComponent(file).path)
    }

    private static let cache: [String: Result<XForm, any Error>] = Dictionary(
        uniqueKeysWithValues: names.map { name in (name, Result { try read(name) }) })

    private static func loaded(_ name: String) -> Result<XForm, any Error> {
        cache[name] ?? Result { try read(name) }
    }

    private static func read(_ name: String) throws -> XForm {
        let data = try Data(contentsOf: xform(name))
        var attachments: [String: Data] = [:]
        for file in try XForm.attachmentNames(in: data) {
            attachments[file] = try Data(contentsOf: media(name).appendingPathComponent(file))
        }
        return try XForm.parse(data, attachments: attachments)
    }
}
