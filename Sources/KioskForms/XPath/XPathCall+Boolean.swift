extension XPathCall {
    /// boolean, boolean-from-string, not, true, false, if, coalesce, once, regex, checklist,
    /// weighted-checklist.
    func booleanFunction() throws(XPathError) -> Value? {
        switch name {
        case "boolean":
            return .boolean(try boolean(0))
        case "boolean-from-string":
            // XForms reads "true" and "1" as true, case-insensitively; ODK makes everything else false.
            let text = try string(0).trimmingCharacters(in: XPathNumberFormat.xpathWhitespace).lowercased()
            return .boolean(text == "true" || text == "1")
        case "not":
            return .boolean(!(try boolean(0)))
        case "true":
            return .boolean(true)
        case "false":
            return .boolean(false)
        case "if":
            return try boolean(0) ? try value(1) : try value(2)
        case "coalesce":
            let first = try string(0)
            return .string(first.isEmpty ? try string(1) : first)
        case "once":
            let existing = contextValue
            return .string(existing.isEmpty ? try string(0) : existing)
        case "regex":
            let value = try string(0)
            let pattern = try string(1)
            do {
                return .boolean(try XPathRegex(pattern).matches(value))
            } catch {
                throw fail(error.message)
            }
        case "checklist":
            return .boolean(try within(Double(try truths(from: 2).filter { $0 }.count)))
        case "weighted-checklist":
            return .boolean(try within(try weightedTotal()))
        default:
            return nil
        }
    }

    /// Whether `total` lies between the first two arguments; -1 means no bound (ODK's checklist rule).
    private func within(_ total: Double) throws(XPathError) -> Bool {
        let low = try number(0)
        let high = try number(1)
        return (low == -1 || total >= low) && (high == -1 || total <= high)
    }

    /// The truth of each value from `start` on, node-sets contributing one truth per node.
    private func truths(from start: Int, step: Int = 1) throws(XPathError) -> [Bool] {
        var result: [Bool] = []
        for index in stride(from: start, to: count, by: step) {
            let argument = try value(index)
            if case .nodes(let nodes) = argument {
                try evaluator.spend(nodes.count)
                result += nodes.map { !model.stringValue(of: $0).isEmpty }
            } else {
                result.append(argument.asBoolean)
            }
        }
        return result
    }

    private func weightedTotal() throws(XPathError) -> Double {
        let flags = try truths(from: 2, step: 2)
        var weights: [Double] = []
        for index in stride(from: 3, to: count, by: 2) {
            let argument = try value(index)
            if case .nodes(let nodes) = argument {
                weights += nodes.map { evaluator.number(.nodes([$0])) }
            } else {
                weights.append(evaluator.number(argument))
            }
        }
        guard flags.count == weights.count else {
            throw fail("\(flags.count) values but \(weights.count) weights")
        }
        return zip(flags, weights).reduce(0) { $0 + ($1.0 ? $1.1 : 0) }
    }
}
