import Foundation

/// Turns an XForm document into an `XForm`: the model (instances, itext, binds) here, the body in
/// `FormReader+Body.swift`, the static checks in `FormReader+Checks.swift`.
struct FormReader {
    var primary: DataTree
    /// Every path of the primary instance, for resolving references.
    var paths: Set<String>
    var binds: [Bind] = []
    var translations: [Translation] = []
    var secondary: [DataTree] = []
    var secondaryIDs: [String: Int] = [:]

    static func read(_ data: Data, attachments: [String: Data]) throws(FormError) -> XForm {
        let html = try ParsedElement.read(data)
        guard html.localName == "html" else { throw .missingElement("h:html") }
        guard let head = html.child("head") else { throw .missingElement("h:head") }
        guard let model = head.child("model") else { throw .missingElement("h:head/model") }
        let instances = model.children("instance")
        // The first instance is the primary one; the others, with an id, are data for choices.
        guard let primaryElement = instances.first else { throw .missingElement("instance") }
        guard let rootElement = primaryElement.children.first else { throw .missingElement("instance root element") }
        guard let body = html.child("body") else { throw .missingElement("h:body") }
        guard let id = rootElement.attribute("id"), !id.isEmpty else {
            throw .missingElement("\(rootElement.qualifiedName)@id")
        }

        let primary = DataTree(root: rootElement)
        var reader = FormReader(primary: primary, paths: Set(primary.nodes.dropFirst().map(\.path)))
        for element in instances.dropFirst() { try reader.readSecondary(element, attachments: attachments) }
        if let itext = model.child("itext") { reader.translations = try reader.readTranslations(itext) }
        for element in model.children("bind") { reader.binds.append(try reader.readBind(element)) }
        let controls = try reader.readControls(body.children, context: "")
        reader.addRepeatTemplates(controls.flatMap(\.repeats))
        try reader.check(controls)

        let defaultLanguage = (reader.translations.first { $0.isDefault } ?? reader.translations.first)?.code
        let title = head.child("title")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var form = XForm(
            id: id, version: rootElement.attribute("version").flatMap { $0.isEmpty ? nil : $0 },
            title: title.isEmpty ? id : title, rootName: rootElement.qualifiedName,
            languages: reader.translations.map(\.code),
            languageNames: Dictionary(reader.translations.map { ($0.code, $0.name) }) { first, _ in first },
            defaultLanguage: defaultLanguage, questions: controls.flatMap(\.questions), controls: controls,
            template: reader.primary, binds: reader.binds, translations: reader.translations,
            secondary: reader.secondary, secondaryIDs: reader.secondaryIDs,
            repeatPaths: Set(controls.flatMap(\.repeats).map(\.path)))
        form.graph = try DependencyGraph(form: form)
        return form
    }

    /// A secondary instance: inline XML, or an attachment (`jr://file-csv/x.csv`, `jr://file/x.xml`).
    mutating func readSecondary(_ element: ParsedElement, attachments: [String: Data]) throws(FormError) {
        guard let id = element.attribute("id"), !id.isEmpty else { throw .missingElement("instance@id") }
        guard secondaryIDs[id] == nil else { throw .unsupported("two instances with id \(id)") }
        let tree: DataTree
        if let src = element.attribute("src") {
            let name = String(src.split(separator: "/").last ?? "")
            guard let data = attachments[name] else { throw .unresolvedReference(src) }
            if src.hasPrefix("jr://file-csv/") || name.hasSuffix(".csv") {
                tree = DataTree(root: try CSVTable.parse(data, source: name).element)
            } else {
                tree = DataTree(root: try ParsedElement.read(data))
            }
        } else {
            guard let root = element.children.first else { throw .missingElement("root of instance \(id)") }
            tree = DataTree(root: root)
        }
        secondaryIDs[id] = secondary.count
        secondary.append(tree)
    }

    func readTranslations(_ itext: ParsedElement) throws(FormError) -> [Translation] {
        var translations: [Translation] = []
        for element in itext.children("translation") {
            guard let lang = element.attribute("lang") else { throw .missingElement("translation@lang") }
            var texts: [String: [TextForm: TextTemplate]] = [:]
            for text in element.children("text") {
                guard let id = text.attribute("id") else { throw .missingElement("text@id") }
                var values = texts[id] ?? [:]
                for value in text.children("value") {
                    // Forms the engine does not know (markdown variants, future ones) are skipped, not refused.
                    guard let form = TextForm(rawValue: value.attribute("form") ?? "long") else { continue }
                    values[form] = try readTemplate(value, context: "itext \(id)")
                }
                texts[id] = values
            }
            translations.append(
                Translation(
                    code: Translation.code(fromLang: lang), name: lang,
                    isDefault: element.attribute("default").flatMap(Self.literalBoolean) == true, texts: texts))
        }
        return translations
    }

    /// Text with `<output value="..."/>` in it, trimmed at both ends.
    func readTemplate(_ element: ParsedElement, context: String) throws(FormError) -> TextTemplate {
        var parts: [TextTemplate.Part] = []
        for item in element.content {
            switch item {
            case .text(let text):
                parts.append(.text(text))
            case .child(let index):
                let child = element.children[index]
                guard child.localName == "output" else {
                    throw .unsupported("<\(child.qualifiedName)> inside \(context)")
                }
                guard let value = child.attribute("value") ?? child.attribute("ref") else {
                    throw .missingElement("output@value in \(context)")
                }
                parts.append(.output(try FormExpression(value, context: "output in \(context)")))
            }
        }
        if case .text(let first) = parts.first {
            parts[0] = .text(String(first.drop { $0.isWhitespace }))
        }
        if case .text(let last) = parts.last {
            parts[parts.count - 1] = .text(String(last.reversed().drop { $0.isWhitespace }.reversed()))
        }
        return TextTemplate(parts: parts.filter { $0 != .text("") })
    }

    func readBind(_ element: ParsedElement) throws(FormError) -> Bind {
        guard let rawNodeset = element.attribute("nodeset") else { throw .missingElement("bind@nodeset") }
        let nodeset = rawNodeset.trimmingCharacters(in: .whitespaces)
        guard paths.contains(nodeset) else { throw .unresolvedReference(nodeset) }
        func expression(_ name: String) throws(FormError) -> FormExpression? {
            guard let text = element.attribute(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                return nil
            }
            return try FormExpression(text, context: "\(name) of \(nodeset)")
        }
        func message(_ name: String) throws(FormError) -> Label? {
            guard let text = element.attribute(name), !text.isEmpty else { return nil }
            if let id = Self.itextID(in: text) {
                guard hasText(id) else { throw .unresolvedReference(id) }
                return Label(itextID: id)
            }
            return Label(literal: text)
        }
        return Bind(
            nodeset: nodeset, type: DataType(xformType: element.attribute("type")),
            required: try expression("required"), relevant: try expression("relevant"),
            constraint: try expression("constraint"), calculate: try expression("calculate"),
            readonly: try expression("readonly"), constraintMessage: try message("constraintMsg"),
            requiredMessage: try message("requiredMsg"), preload: element.attribute("preload"),
            preloadParams: element.attribute("preloadParams"))
    }

    /// Every place a repeat can grow gets a template to copy new instances from, standing where new
    /// instances go: a form without `jr:template` uses a copy of its first instance (as JavaRosa
    /// does), and an outer instance shipped without its nested repeat's template gets a copy of the
    /// form's — `jr:count="../size"` is evaluated from that template, so it must be in place.
    mutating func addRepeatTemplates(_ repeats: [FormRepeat]) {
        for repeatGroup in repeats {
            let all = primary.nodes.indices.filter { primary[$0].path == repeatGroup.path && primary[$0].parent != nil }
            let parentPath = String(
                repeatGroup.path[..<(repeatGroup.path.lastIndex(of: "/") ?? repeatGroup.path.startIndex)])
            for parent in primary.nodes(at: parentPath) {
                let children = primary[parent].children.filter { primary[$0].path == repeatGroup.path }
                guard !children.contains(where: { primary[$0].isTemplate }),
                    let source = children.first ?? all.first(where: { primary[$0].isTemplate }) ?? all.first
                else { continue }
                let copy = primary.copy(source, under: parent, after: children.first)
                primary.markTemplate(copy)
            }
        }
    }

    /// Whether some translation has this itext id; a label may name an id missing from some
    /// languages (it falls back to the default), but not one missing from all.
    func hasText(_ itextID: String) -> Bool {
        translations.contains { $0.texts[itextID] != nil }
    }

    /// A boolean XPath that is a literal (true() and false() as pyxform writes them, and the bare
    /// words some hand-written forms use); nil for anything that needs evaluating.
    static func literalBoolean(_ expression: String) -> Bool? {
        switch expression.trimmingCharacters(in: .whitespaces) {
        case "true()", "true", "1": true
        case "false()", "false", "0", "": false
        default: nil
        }
    }
}
