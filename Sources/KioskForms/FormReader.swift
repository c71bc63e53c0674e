import Foundation

/// Turns a parsed XForm document into an `XForm`: the head (title, itext, instance, binds) here,
/// the body in `FormReader+Body.swift`.
struct FormReader {
    var instance: InstanceNode
    var binds: [Bind]
    var translations: [Translation]

    static func read(_ data: Data) throws(FormError) -> XForm {
        let html = try ParsedElement.read(data)
        guard html.localName == "html" else { throw .missingElement("h:html") }
        guard let head = html.child("head") else { throw .missingElement("h:head") }
        guard let model = head.child("model") else { throw .missingElement("h:head/model") }
        // The first instance is the primary one; others (with an id) are secondary data for later.
        guard let instanceElement = model.child("instance") else { throw .missingElement("instance") }
        guard let rootElement = instanceElement.children.first else { throw .missingElement("instance root element") }
        guard let body = html.child("body") else { throw .missingElement("h:body") }

        let instance = InstanceNode(rootElement, parentPath: "")
        guard let id = rootElement.attribute("id"), !id.isEmpty else {
            throw .missingElement("\(rootElement.qualifiedName)@id")
        }
        var reader = FormReader(instance: instance, binds: [], translations: [])
        if let itext = model.child("itext") { reader.translations = try readTranslations(itext) }
        for element in model.children("bind") { reader.binds.append(try reader.readBind(element)) }
        let questions = try reader.readBody(body)

        let defaultLanguage = (reader.translations.first { $0.isDefault } ?? reader.translations.first)?.code
        let title = head.child("title")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return XForm(
            id: id, version: rootElement.attribute("version").flatMap { $0.isEmpty ? nil : $0 },
            title: title.isEmpty ? id : title, rootName: rootElement.qualifiedName,
            languages: reader.translations.map(\.code),
            languageNames: Dictionary(reader.translations.map { ($0.code, $0.name) }) { first, _ in first },
            defaultLanguage: defaultLanguage, questions: questions,
            instance: instance, binds: reader.binds, translations: reader.translations)
    }

    static func readTranslations(_ itext: ParsedElement) throws(FormError) -> [Translation] {
        var translations: [Translation] = []
        for element in itext.children("translation") {
            guard let lang = element.attribute("lang") else { throw .missingElement("translation@lang") }
            var texts: [String: [TextForm: String]] = [:]
            for text in element.children("text") {
                guard let id = text.attribute("id") else { throw .missingElement("text@id") }
                var values: [TextForm: String] = texts[id] ?? [:]
                for value in text.children("value") {
                    if let child = value.children.first {
                        throw .unsupported("<\(child.qualifiedName)> inside itext \(id)")
                    }
                    // Forms the engine does not know (markdown variants, future ones) are skipped, not refused.
                    guard let form = TextForm(rawValue: value.attribute("form") ?? "long") else { continue }
                    values[form] = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                texts[id] = values
            }
            translations.append(
                Translation(
                    code: Translation.code(fromLang: lang), name: lang,
                    isDefault: element.attribute("default").flatMap(Bind.literalBoolean) == true, texts: texts))
        }
        return translations
    }

    func readBind(_ element: ParsedElement) throws(FormError) -> Bind {
        guard let rawNodeset = element.attribute("nodeset") else { throw .missingElement("bind@nodeset") }
        let nodeset = rawNodeset.trimmingCharacters(in: .whitespaces)
        guard instance.node(at: nodeset) != nil else { throw .unresolvedReference(nodeset) }
        for name in Bind.unsupportedAttributes where element.attribute(name) != nil {
            throw .unsupported("\(name) on bind \(nodeset)")
        }
        var required = false
        if let expression = element.attribute("required") {
            guard let literal = Bind.literalBoolean(expression) else {
                throw .unsupported("required=\"\(expression)\" on bind \(nodeset)")
            }
            required = literal
        }
        return Bind(
            nodeset: nodeset, type: DataType(xformType: element.attribute("type")), required: required,
            readonly: element.attribute("readonly"), preload: element.attribute("preload"),
            preloadParams: element.attribute("preloadParams"),
            constraintMessage: element.attribute("constraintMsg"), requiredMessage: element.attribute("requiredMsg"))
    }

    /// Whether some translation has this itext id; a label may name an id missing from some
    /// languages (it falls back to the default), but not one missing from all.
    func hasText(_ itextID: String) -> Bool {
        translations.contains { $0.texts[itextID] != nil }
    }
}
