import Foundation
import KioskForms

/// How spoken prompts are named on disk and which file speaks a prompt: the rule shared by
/// `scripts/build-prompts`, which writes the files, and the terminal's prompt library, which plays
/// them. Pure: it is given the lists of files and reads nothing.
///
/// A prompt id is an itext id of a form ("/data/for_whom:label"), "ui.<key>" for the terminal's
/// words, "procedure.<id>" and "checklist.<procedure>.<item>[.when]" for the catalog. Its file is
/// ``fileName(for:)``; a form's prompts live in `<language>/forms/<form>/`, because every form
/// written with pyxform has the same root and so the same itext ids for different words; the others,
/// and recordings meant for every form, in `<language>/`.
public struct PromptFiles: Sendable {
    public enum Source: String, Sendable, Equatable {
        /// A person's recording (Assets/audio).
        case recorded
        /// Made by scripts/build-prompts (.build/prompts): espeak-ng, or a recording converted.
        case built
    }

    /// The file that speaks a prompt.
    public struct Match: Sendable, Equatable {
        public var source: Source
        /// Relative to the folder of its source: "vi/forms/birth-3in1/%2Fdata%2Fchild%3Alabel.wav".
        public var path: String
        /// The language it speaks: the one asked for, or Vietnamese when that one has no audio.
        public var language: String

        public init(source: Source, path: String, language: String) {
            self.source = source
            self.path = path
            self.language = language
        }
    }

    /// Relative paths of the WAV files in the recorded and built folders.
    private let recorded: Set<String>
    private let built: Set<String>
    public let fallbackLanguage: String

    public init(recorded: some Sequence<String>, built: some Sequence<String>, fallbackLanguage: String = "vi") {
        self.recorded = Set(recorded)
        self.built = Set(built)
        self.fallbackLanguage = fallbackLanguage
    }

    /// The file of a prompt in a language.
    ///
    /// Tried in order: a recording in `language` (the form's own, then one for every form), the built
    /// file in `language`; then the same in Vietnamese (DESIGN: a language with audio plays its own;
    /// without, Vietnamese), unless `fallback` is false. With no `form`, a form prompt is found only
    /// when a single form has that id.
    public func find(_ id: String, language: String, form: String? = nil, fallback: Bool = true) -> Match? {
        var languages = [language]
        if fallback, language != fallbackLanguage { languages.append(fallbackLanguage) }
        for language in languages {
            for (source, files) in [(Source.recorded, recorded), (.built, built)] {
                if let path = Self.candidates(id, language: language, form: form, in: files).first(
                    where: files.contains)
                {
                    return Match(source: source, path: path, language: language)
                }
            }
        }
        return nil
    }

    /// The prompts `find` would not find, in order: for `kiosk form check`.
    public func missing(_ ids: [String], language: String, form: String?, fallback: Bool = true) -> [String] {
        ids.filter { find($0, language: language, form: form, fallback: fallback) == nil }
    }

    /// "/data/for_whom:label" -> "%2Fdata%2Ffor_whom%3Alabel.wav": the id percent-encoded as RFC 3986
    /// does (everything but A-Z a-z 0-9 - . _ ~), as Python's `urllib.parse.quote(id, safe="")`.
    public static func fileName(for id: String) -> String {
        (id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? id) + ".wav"
    }

    /// Where a prompt's file goes: "vi/ui.back.wav", "vi/forms/birth-3in1/%2Fdata%2F...wav".
    public static func path(for id: String, language: String, form: String? = nil) -> String {
        form.map { "\(language)/forms/\($0)/\(fileName(for: id))" } ?? "\(language)/\(fileName(for: id))"
    }

    /// The prompt ids a form speaks that its public definition shows: labels and hints of questions,
    /// groups and repeats, and the labels of choices (an itemset's as a fresh session offers them),
    /// each once, in document order. Constraint and required messages are not in that definition.
    public static func promptIDs(of form: XForm) -> [String] {
        var ids: [String] = []
        var seen = Set<String>()
        func add(_ label: Label?) {
            if let id = label?.itextID, seen.insert(id).inserted { ids.append(id) }
        }
        func walk(_ controls: [FormControl]) {
            for control in controls {
                switch control {
                case .question(let question):
                    add(question.label)
                    add(question.hint)
                    for choice in question.choices { add(choice.label) }
                case .group(let group):
                    add(group.label)
                    walk(group.controls)
                case .repeatGroup(let repeatGroup):
                    add(repeatGroup.label)
                    walk(repeatGroup.controls)
                }
            }
        }
        walk(form.controls)
        for screen in FormSession(form: form, startedAt: Date(timeIntervalSince1970: 0)).screens(in: form) {
            for question in screen.questions where question.question.hasDynamicChoices {
                for choice in question.choices { add(choice.label) }
            }
        }
        return ids
    }

    private static func candidates(_ id: String, language: String, form: String?, in files: Set<String>) -> [String] {
        let shared = path(for: id, language: language)
        if let form { return [path(for: id, language: language, form: form), shared] }
        let suffix = "/" + fileName(for: id)
        let inForms = files.filter { $0.hasPrefix("\(language)/forms/") && $0.hasSuffix(suffix) }
        return inForms.count == 1 ? [shared] + inForms : [shared]
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
