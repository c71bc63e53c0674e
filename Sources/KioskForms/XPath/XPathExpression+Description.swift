/// Renders an expression back to XPath text, fully parenthesised where precedence needs it; used in
/// error messages and logs. Parsing the text again gives an equal tree.
extension XPathExpression: CustomStringConvertible {
    public var description: String {
        switch self {
        case .string(let text):
            // XPath has no escapes: a literal holding ' is written with " and the reverse.
            return text.contains("'") ? "\"\(text)\"" : "'\(text)'"
        case .number(let value):
            return value < 0 ? "(\(XPathNumberFormat.string(value)))" : XPathNumberFormat.string(value)
        case .path(let path):
            return path.description
        case .function(let name, let arguments):
            return "\(name)(\(arguments.map(\.description).joined(separator: ", ")))"
        case .binary(let op, let left, let right):
            let tight = op == .union
            let text = left.operand(under: op, right: false) + (tight ? " | " : " \(op.rawValue) ")
            return text + right.operand(under: op, right: true)
        case .negate(let inner):
            if case .binary = inner { return "-(\(inner))" }
            return "-\(inner)"
        case .filter(let primary, let predicates):
            return "(\(primary))" + predicates.map { "[\($0)]" }.joined()
        }
    }

    /// Precedence, loosest 0; unary minus and paths bind tightest.
    private var precedence: Int {
        guard case .binary(let op, _, _) = self else { return 9 }
        return XPathExpression.precedence(of: op)
    }

    static func precedence(of op: Operator) -> Int {
        switch op {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .plus, .minus: 5
        case .multiply, .divide, .modulo: 6
        case .union: 8
        }
    }

    private func operand(under op: Operator, right: Bool) -> String {
        // The operands of '|' are path expressions: a negation needs parentheses there (`a | (-1)`).
        if op == .union, case .negate = self { return "(\(description))" }
        let mine = precedence
        let theirs = XPathExpression.precedence(of: op)
        // Operators are left-associative, so an equal-precedence right operand needs parentheses.
        return mine < theirs || (right && mine == theirs) ? "(\(description))" : description
    }
}

extension XPathPath: CustomStringConvertible {
    public var description: String {
        let abbreviable = Step(axis: .descendantOrSelf, test: .node)
        var parts: [String] = []
        for (index, step) in steps.enumerated() {
            // `//` is an empty step between slashes; it cannot open a relative path or end one.
            let inner = index < steps.count - 1 && !(index == 0 && start == .context)
            parts.append(step == abbreviable && inner ? "" : step.description)
        }
        let body = parts.joined(separator: "/")
        let head: String
        switch start {
        case .context: return body.isEmpty ? "." : body
        case .root: return "/" + body
        case .instance(let id): head = "instance(\(XPathExpression.string(id)))"
        case .current: head = "current()"
        case .expression(let expression):
            if case .filter = expression { head = expression.description } else { head = "(\(expression))" }
        }
        return body.isEmpty ? head : head + "/" + body
    }
}

extension XPathPath.Step: CustomStringConvertible {
    public var description: String {
        let test: String
        switch self.test {
        case .name(let name): test = name
        case .any: test = "*"
        case .node: test = "node()"
        case .text: test = "text()"
        }
        let head: String
        switch (axis, self.test) {
        case (.self, .node) where predicates.isEmpty: return "."
        case (.parent, .node) where predicates.isEmpty: return ".."
        case (.child, _): head = test
        case (.attribute, _): head = "@" + test
        default: head = "\(axis.rawValue)::\(test)"
        }
        return head + predicates.map { "[\($0)]" }.joined()
    }
}
