import Foundation

/// A parsed ODK XForm: its identity, its languages, and its questions in order.
///
/// Read once with `parse(_:)` and then shared: it is an immutable value, and everything a citizen
/// changes lives in a `FormSession`.
public struct XForm: Sendable, Equatable {
    /// The id attribute of the instance root, the form's identity on the server.
    public var id: String
    /// The version attribute of the instance root, when the form has one.
    public var version: String?
    /// The `h:title`, or the id when the form has no title.
    public var title: String
    /// The name of the instance root element, e.g. "data".
    public var rootName: String
    /// The itext language codes in document order, e.g. ["vi", "en"].
    public var languages: [String]
    /// Language code -> the whole lang attribute, e.g. "vi" -> "Tiếng Việt (vi)".
    public var languageNames: [String: String]
    /// The translation marked `default="true()"`, else the first; nil when the form has no itext.
    public var defaultLanguage: String?
    /// The body controls in document order.
    public var questions: [Question]

    /// The primary instance as written, to fill in for a submission.
    var instance: InstanceNode
    var binds: [Bind]
    var translations: [Translation]

    /// Reads an XForm document.
    ///
    /// Throws `FormError` for malformed XML, a missing part, a reference to nothing, or a feature
    /// this version does not handle; it never traps on any input.
    public static func parse(_ data: Data) throws(FormError) -> XForm {
        try FormReader.read(data)
    }

    /// The text of an itext id in a language, in a form; nil when neither that language nor the
    /// default one has it.
    ///
    /// `language` is a code from `languages` (the full lang attribute is accepted too). Each form
    /// falls back on its own: an English label without English audio gets the default language's
    /// audio, because a prompt in another language is better than a silent one.
    public func text(_ itextID: String, language: String, form: TextForm = .long) -> String? {
        for translation in [translation(language), defaultLanguage.flatMap(translation)].compactMap(\.self) {
            if let text = translation.texts[itextID]?[form] { return text }
        }
        return nil
    }

    /// Resolves a label: its itext in the language (with the default-language fallback), else its
    /// literal text. Only the itext has media, so asking for `.audio` of a literal label gives nil.
    public func text(for label: Label, language: String, form: TextForm = .long) -> String? {
        if let id = label.itextID, let text = text(id, language: language, form: form) { return text }
        return form == .long ? label.literal : nil
    }

    /// The question whose answer is stored at this absolute path.
    public func question(at path: String) -> Question? {
        questions.first { $0.path == path }
    }

    /// The index of the question at this path in `questions`.
    public func questionIndex(at path: String) -> Int? {
        questions.firstIndex { $0.path == path }
    }

    private func translation(_ language: String) -> Translation? {
        translations.first { $0.code == language } ?? translations.first { $0.name == language }
    }

    /// The bind of a node; when a form binds a node twice, the last bind counts.
    func bind(for path: String) -> Bind? {
        binds.last { $0.nodeset == path }
    }
}
