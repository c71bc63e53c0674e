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
    /// Every question in document order, groups and repeats flattened (a repeat's questions once).
    public var questions: [Question]
    /// The body as written: questions, groups and repeats.
    public var controls: [FormControl]

    /// The primary instance as written, repeat templates included: each session starts from it.
    var template: DataTree
    var binds: [Bind]
    var translations: [Translation]
    /// Choice data: internal instances and attachments (CSV, XML), by instance id.
    var secondary: [DataTree]
    var secondaryIDs: [String: Int]
    /// The paths of repeated nodes, which take an index in a concrete path ("/data/child[2]/name").
    var repeatPaths: Set<String>
    /// The order in which calculations and relevance are brought up to date.
    var graph = DependencyGraph()

    /// Reads an XForm document.
    ///
    /// `attachments` are the files of the form's media folder that it names as external instances
    /// (`jr://file-csv/communes.csv` -> "communes.csv"); the caller reads them, this module does no I/O.
    /// Throws `FormError` for malformed XML, a missing part, a reference to nothing, an expression
    /// that does not parse or calls an unknown function, a cycle of calculations, or a feature this
    /// version does not handle; it never traps on any input.
    public static func parse(_ data: Data, attachments: [String: Data] = [:]) throws(FormError) -> XForm {
        try FormReader.read(data, attachments: attachments)
    }

    /// The names of the external instance files the form needs (e.g. "communes.csv"), so a caller
    /// can read them before `parse(_:attachments:)`.
    public static func attachmentNames(in data: Data) throws(FormError) -> [String] {
        let html = try ParsedElement.read(data)
        let model = html.child("head")?.child("model")
        return (model?.children("instance") ?? []).compactMap { $0.attribute("src") }
            .compactMap { $0.split(separator: "/").last.map(String.init) }
    }

    /// The text of an itext id in a language, in a form; nil when neither that language nor the
    /// default one has it. An `<output>` in the text is left empty: `FormSession.text` fills it in.
    ///
    /// `language` is a code from `languages` (the full lang attribute is accepted too). Each form
    /// falls back on its own: an English label without English audio gets the default language's
    /// audio, because a prompt in another language is better than a silent one.
    public func text(_ itextID: String, language: String, form: TextForm = .long) -> String? {
        for translation in [translation(language), defaultLanguage.flatMap(translation)].compactMap(\.self) {
            if let text = translation.texts[itextID]?[form] { return text.plain }
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

    /// The template behind `text(_:language:form:)`, outputs and all.
    func template(_ itextID: String, language: String, form: TextForm = .long) -> TextTemplate? {
        for translation in [translation(language), defaultLanguage.flatMap(translation)].compactMap(\.self) {
            if let text = translation.texts[itextID]?[form] { return text }
        }
        return nil
    }

    private func translation(_ language: String) -> Translation? {
        translations.first { $0.code == language } ?? translations.first { $0.name == language }
    }

    /// The bind of a node; when a form binds a node twice, the last bind counts.
    func bind(for path: String) -> Bind? {
        binds.last { $0.nodeset == path }
    }
}
