extension XPathCall {
    /// selected, selected-at, count-selected, jr:choice-name, jr:itext.
    func selectFunction() throws(XPathError) -> Value? {
        switch name {
        case "selected":
            let wanted = try string(1).trimmingCharacters(in: XPathNumberFormat.xpathWhitespace)
            return .boolean(Self.choices(try string(0)).contains(wanted))
        case "selected-at":
            let choices = Self.choices(try string(0))
            guard let index = try integer(1), index >= 0, index < choices.count else { return .string("") }
            return .string(choices[index])
        case "count-selected":
            return .number(Double(Self.choices(try string(0)).count))
        case "jr:choice-name":
            let value = try string(0)
            guard let node = try choiceNode() else { return .string("") }
            return .string(context.choiceName(value, node) ?? "")
        case "jr:itext":
            return .string(context.itext(try string(0)) ?? "")
        default:
            return nil
        }
    }

    /// The values of a select-multiple answer: space-separated.
    static func choices(_ list: String) -> [String] {
        list.components(separatedBy: XPathNumberFormat.xpathWhitespace).filter { !$0.isEmpty }
    }

    /// The select question's node: a node-set argument, or, as pyxform writes it, a string holding the
    /// path (`jr:choice-name(/data/q, '/data/q')`).
    private func choiceNode() throws(XPathError) -> Node? {
        let reference = try value(1)
        if case .nodes(let nodes) = reference { return nodes.first }
        let text = evaluator.string(reference)
        // Only a plain path is followed, so a value cannot smuggle in a call that evaluates itself again.
        guard let parsed = try? XPathExpression.parse(text), case .path = parsed,
            parsed.calls.allSatisfy({ $0.name == "current" || $0.name == "instance" })
        else { throw fail("'\(text.prefix(60))' is not a path to a select question") }
        guard case .nodes(let nodes) = try evaluator.evaluate(parsed, focus) else { return nil }
        return nodes.first
    }
}
