/// One function call being evaluated: its arguments, evaluated on demand (so `if()` and `coalesce()`
/// only evaluate what they need), converted the XPath 1.0 way.
struct XPathCall<Model: XPathDataModel> {
    typealias Node = Model.Node
    typealias Value = XPathValue<Node>

    let evaluator: XPathEvaluator<Model>
    let name: String
    let arguments: [XPathExpression]
    let focus: XPathFocus<Node>

    var count: Int { arguments.count }
    var model: Model { evaluator.model }
    var context: XPathContext<Model> { evaluator.context }

    func fail(_ message: String) -> XPathError {
        evaluator.fail("\(name)(): \(message)")
    }

    func value(_ index: Int) throws(XPathError) -> Value {
        try evaluator.evaluate(arguments[index], focus)
    }

    func string(_ index: Int) throws(XPathError) -> String {
        evaluator.string(try value(index))
    }

    func number(_ index: Int) throws(XPathError) -> Double {
        evaluator.number(try value(index))
    }

    func boolean(_ index: Int) throws(XPathError) -> Bool {
        try value(index).asBoolean
    }

    func nodes(_ index: Int) throws(XPathError) -> [Node] {
        guard case .nodes(let nodes) = try value(index) else {
            throw fail("argument \(index + 1) must be a node-set")
        }
        return nodes
    }

    /// The string values of every argument, node-sets contributing each of their nodes (ODK's
    /// `concat`, `join`, `min`, `max` and `checklist` read node-sets that way).
    func flattenedStrings(from start: Int) throws(XPathError) -> [String] {
        var strings: [String] = []
        for index in start..<count {
            let argument = try value(index)
            if case .nodes(let nodes) = argument {
                try evaluator.spend(nodes.count)
                strings += nodes.map(model.stringValue(of:))
            } else {
                strings.append(evaluator.string(argument))
            }
        }
        return strings
    }

    /// The argument as a whole number when it is one that fits in an Int, nil otherwise (never traps).
    func integer(_ index: Int) throws(XPathError) -> Int? {
        XPathCall.integer(try number(index))
    }

    static func integer(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 9.0e15 else { return nil }
        return Int(exactly: value.rounded(.towardZero))
    }

    /// The value of the context node, for `once()`.
    var contextValue: String {
        model.stringValue(of: focus.node)
    }
}

extension XPathEvaluator {
    /// Calls a library function after checking its name and argument count.
    func call(_ name: String, _ arguments: [XPathExpression], _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
        guard let arity = XPathFunctions.arity(of: name) else { throw fail("unknown function \(name)()") }
        if let problem = XPathFunctions.arityProblem(name, arity: arity, count: arguments.count) {
            throw fail(problem)
        }
        if let reason = XPathFunctions.unsupportedReason(for: name) {
            throw fail("\(name)() is not supported: \(reason)")
        }
        let call = XPathCall(evaluator: self, name: name, arguments: arguments, focus: focus)
        if let value = try call.booleanFunction() { return value }
        if let value = try call.numberFunction() { return value }
        if let value = try call.stringFunction() { return value }
        if let value = try call.nodeSetFunction() { return value }
        if let value = try call.dateFunction() { return value }
        if let value = try call.selectFunction() { return value }
        // The table and the implementations disagree: a bug here, reported rather than trapped.
        throw fail("\(name)() is known but not implemented")
    }
}
