import Foundation
import KioskForms
import KioskProcedures

/// The WAV files of the spoken prompts on this terminal: recordings in Assets/audio, then what
/// `scripts/build-prompts` built (.build/prompts in a checkout, prompts/ beside Assets when installed).
///
/// The folders are listed once, when the library is made: a prompt added later is found after a
/// restart. Naming and the order of the search are ``PromptFiles``'.
public struct PromptLibrary: Sendable {
    /// A file to play.
    public struct Prompt: Sendable, Equatable {
        public var url: URL
        /// The language it speaks: the one asked for, or Vietnamese when that one has no audio.
        public var language: String
        public var source: PromptFiles.Source
    }

    public let recordedURL: URL
    public let builtURL: URL
    public let files: PromptFiles

    /// A library over two folders, each holding `<language>/<file>.wav` and
    /// `<language>/forms/<form>/<file>.wav`; a missing folder counts as empty.
    public init(recorded: URL, built: URL, fallbackLanguage: String = "vi") {
        recordedURL = recorded
        builtURL = built
        files = PromptFiles(
            recorded: Self.wavFiles(under: recorded), built: Self.wavFiles(under: built),
            fallbackLanguage: fallbackLanguage
        )
    }

    /// The library of a terminal's assets: recordings in `Assets/audio`; built prompts in `built`, else
    /// in `.build/prompts` beside the Assets folder (a checkout), else in `prompts` inside it (installed).
    public init(assets: Assets, built: URL? = nil) {
        let checkout = assets.root.deletingLastPathComponent().appendingPathComponent(".build/prompts")
        let installed = assets.root.appendingPathComponent("prompts")
        let chosen = built ?? (FileManager.default.fileExists(atPath: checkout.path) ? checkout : installed)
        self.init(recorded: assets.root.appendingPathComponent("audio"), built: chosen)
    }

    /// The file of a prompt in a language (see ``PromptFiles/find(_:language:form:fallback:)``):
    /// `form` is the form's file name without .xml (the catalog's `Procedure.forms`), needed for the
    /// form's itext ids; nil when no file speaks it.
    public func prompt(_ id: String, language: String, form: String? = nil, fallback: Bool = true) -> Prompt? {
        guard let match = files.find(id, language: language, form: form, fallback: fallback) else { return nil }
        let root = match.source == .recorded ? recordedURL : builtURL
        return Prompt(url: root.appendingPathComponent(match.path), language: match.language, source: match.source)
    }

    /// The prompt ids of a form with no audio in `language` (with the Vietnamese fallback unless
    /// `fallback` is false): what `kiosk form check` reports. `form` is the file name without .xml.
    public func missingPrompts(in definition: XForm, form: String, language: String = "vi", fallback: Bool = true)
        -> [String]
    {
        files.missing(PromptFiles.promptIDs(of: definition), language: language, form: form, fallback: fallback)
    }

    /// Relative paths of the finished WAV files under a folder (a build's `.part.wav` is not finished).
    static func wavFiles(under url: URL) -> [String] {
        (FileManager.default.subpaths(atPath: url.path) ?? []).filter {
            $0.hasSuffix(".wav") && !$0.hasSuffix(".part.wav")
        }
    }
}
