import Foundation

extension FormReader {
    /// The body's controls, in document order; refs relative to an enclosing group or repeat are
    /// made absolute.
    func readControls(_ elements: [ParsedElement], context: String) throws(FormError) -> [FormControl] {
        var controls: [FormControl] = []
        for element in elements {
            switch element.localName {
            case "label", "hint": continue  // the enclosing group's own, read there
            case "group":
                let path = try element.attribute("ref").map { (ref) throws(FormError) in try resolve(ref, in: context) }
                controls.append(
                    .group(
                        FormGroup(
                            path: path,
                            label: try element.child("label").map { (l) throws(FormError) in try readLabel(l) },
                            appearance: element.attribute("appearance"),
                            controls: try readControls(element.children, context: path ?? context))))
            case "repeat":
                guard let nodeset = element.attribute("nodeset") else { throw .missingElement("repeat@nodeset") }
                let path = try resolve(nodeset, in: context)
                let count = try element.attribute("count").map { (text) throws(FormError) in
                    try FormExpression(text, context: "jr:count of \(path)")
                }
                let noAddRemove = element.attribute("noAddRemove").flatMap(Self.literalBoolean) ?? false
                controls.append(
                    .repeatGroup(
                        FormRepeat(
                            path: path,
                            label: try element.child("label").map { (l) throws(FormError) in try readLabel(l) },
                            appearance: element.attribute("appearance"), count: count,
                            canAddRemove: count == nil && !noAddRemove,
                            controls: try readControls(element.children, context: path))))
            default:
                guard let control = Question.Control(rawValue: element.localName) else {
                    throw .unsupported("<\(element.qualifiedName)> in the body")
                }
                controls.append(.question(try readControl(element, control: control, context: context)))
            }
        }
        return controls
    }

    func readControl(_ element: ParsedElement, control: Question.Control, context: String) throws(FormError) -> Question
    {
        guard let ref = element.attribute("ref") ?? element.attribute("bind") else {
            throw .missingElement("\(element.qualifiedName)@ref")
        }
        let path = try resolve(ref, in: context)
        guard let node = primary.nodes.first(where: { $0.path == path }), node.children.isEmpty else {
            throw .unsupported("\(element.qualifiedName) on the group node \(path)")
        }
        // The last bind of a node counts, as in XForm.bind(for:).
        let bind = binds.last { $0.nodeset == path }
        var choices: [Choice] = []
        for item in element.children("item") {
            guard let value = item.child("value") else { throw .missingElement("item/value in \(path)") }
            let label = try item.child("label").map { (label) throws(FormError) in try readLabel(label) }
            choices.append(
                Choice(value: value.text.trimmingCharacters(in: .whitespacesAndNewlines), label: label ?? Label()))
        }
        let itemset = try element.child("itemset").map { (element) throws(FormError) in
            try readItemset(element, path: path)
        }
        if control == .select1 || control == .select, choices.isEmpty, itemset == nil {
            throw .missingElement("item or itemset in \(path)")
        }
        var question = Question(
            path: path, control: control, dataType: bind?.type ?? .string,
            required: bind?.required.map { Self.literalBoolean($0.text) != false } ?? false,
            label: try element.child("label").map { (label) throws(FormError) in try readLabel(label) } ?? Label(),
            hint: try element.child("hint").map { (hint) throws(FormError) in try readLabel(hint) },
            choices: choices, appearance: element.attribute("appearance"))
        question.itemset = itemset
        return question
    }

    func readItemset(_ element: ParsedElement, path: String) throws(FormError) -> Itemset {
        guard let nodeset = element.attribute("nodeset") else { throw .missingElement("itemset@nodeset in \(path)") }
        guard let value = element.child("value")?.attribute("ref") else {
            throw .missingElement("itemset/value@ref in \(path)")
        }
        guard let label = element.child("label")?.attribute("ref") else {
            throw .missingElement("itemset/label@ref in \(path)")
        }
        // `jr:itext(itextId)`: the item names its label's itext id in a child node.
        var labelText = label.trimmingCharacters(in: .whitespaces)
        var isItext = false
        if labelText.hasPrefix("jr:itext(") && labelText.hasSuffix(")") {
            labelText = String(labelText.dropFirst("jr:itext(".count).dropLast())
            isItext = true
        }
        return Itemset(
            nodeset: try FormExpression(nodeset, context: "itemset of \(path)"),
            value: try FormExpression(value, context: "itemset value of \(path)"),
            label: try FormExpression(labelText, context: "itemset label of \(path)"), labelIsItextID: isItext)
    }

    /// Reads a `<label>` or `<hint>`: an itext reference, or literal text (with outputs), or both.
    func readLabel(_ element: ParsedElement) throws(FormError) -> Label {
        var label = Label()
        if let ref = element.attribute("ref") {
            guard let id = Self.itextID(in: ref) else {
                throw .unsupported("\(element.qualifiedName) ref=\"\(ref)\"")
            }
            guard hasText(id) else { throw .unresolvedReference(id) }
            label.itextID = id
        }
        let template = try readTemplate(element, context: element.qualifiedName)
        if !template.parts.isEmpty {
            label.literal = template.plain
            if !template.outputs.isEmpty { label.template = template }
        }
        return label
    }

    /// An absolute path from a ref that may be relative to the enclosing group or repeat.
    func resolve(_ ref: String, in context: String) throws(FormError) -> String {
        var path = ref.trimmingCharacters(in: .whitespaces)
        if !path.hasPrefix("/") {
            var base = context.split(separator: "/").map(String.init)
            for step in path.split(separator: "/").map(String.init) {
                switch step {
                case ".": continue
                case "..": if !base.isEmpty { base.removeLast() }
                default: base.append(step)
                }
            }
            path = "/" + base.joined(separator: "/")
        }
        guard paths.contains(path) else { throw .unresolvedReference(ref) }
        return path
    }

    /// The id inside `jr:itext('id')` (either quote, any prefix, spaces allowed); nil for other refs.
    static func itextID(in ref: String) -> String? {
        let trimmed = ref.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.range(of: "itext("), trimmed.hasSuffix(")") else { return nil }
        let before = trimmed[..<open.lowerBound]
        guard before.isEmpty || (before.hasSuffix(":") && !before.dropLast().contains(where: \.isWhitespace)) else {
            return nil
        }
        let inner = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        guard inner.count >= 2, let quote = inner.first, quote == "'" || quote == "\"", inner.last == quote else {
            return nil
        }
        let id = String(inner.dropFirst().dropLast())
        return id.isEmpty ? nil : id
    }
}
