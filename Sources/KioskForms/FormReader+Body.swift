import Foundation

extension FormReader {
    /// Reads the body controls into questions, in document order.
    ///
    /// Groups, repeats and the other controls wait for later versions; they are refused by name so
    /// a technician checking a form learns what is missing.
    func readBody(_ body: ParsedElement) throws(FormError) -> [Question] {
        var questions: [Question] = []
        for element in body.children {
            guard let control = Question.Control(rawValue: element.localName) else {
                throw .unsupported("<\(element.qualifiedName)> in the body")
            }
            let question = try readControl(element, control: control)
            if questions.contains(where: { $0.path == question.path }) {
                throw .unsupported("two controls for \(question.path)")
            }
            questions.append(question)
        }
        return questions
    }

    func readControl(_ element: ParsedElement, control: Question.Control) throws(FormError) -> Question {
        guard let rawRef = element.attribute("ref") else {
            throw .missingElement("\(element.qualifiedName)@ref")
        }
        let path = rawRef.trimmingCharacters(in: .whitespaces)
        guard let node = instance.node(at: path) else { throw .unresolvedReference(path) }
        guard node.isLeaf else { throw .unsupported("\(element.qualifiedName) on the group node \(path)") }
        if element.child("itemset") != nil { throw .unsupported("itemset in \(path)") }

        // The last bind of a node counts, as in XForm.bind(for:).
        let bind = binds.last { $0.nodeset == path }
        var choices: [Choice] = []
        for item in element.children("item") {
            guard let value = item.child("value") else { throw .missingElement("item/value in \(path)") }
            let label = try item.child("label").map { (label) throws(FormError) in try readLabel(label) }
            choices.append(
                Choice(value: value.text.trimmingCharacters(in: .whitespacesAndNewlines), label: label ?? Label()))
        }
        if control == .select1 || control == .select, choices.isEmpty {
            throw .missingElement("item in \(path)")
        }
        return Question(
            path: path, control: control, dataType: bind?.type ?? .string, required: bind?.required ?? false,
            label: try element.child("label").map { (label) throws(FormError) in try readLabel(label) } ?? Label(),
            hint: try element.child("hint").map { (hint) throws(FormError) in try readLabel(hint) },
            choices: choices, appearance: element.attribute("appearance"))
    }

    /// Reads a `<label>` or `<hint>`: an itext reference, a literal, or both.
    func readLabel(_ element: ParsedElement) throws(FormError) -> Label {
        // <output> in a label needs the XPath evaluator; refused until it exists.
        if let child = element.children.first {
            throw .unsupported("<\(child.qualifiedName)> inside <\(element.qualifiedName)>")
        }
        var label = Label()
        if let ref = element.attribute("ref") {
            guard let id = Self.itextID(in: ref) else {
                throw .unsupported("\(element.qualifiedName) ref=\"\(ref)\"")
            }
            guard hasText(id) else { throw .unresolvedReference(id) }
            label.itextID = id
        }
        let literal = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !literal.isEmpty { label.literal = literal }
        return label
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
