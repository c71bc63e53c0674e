extension XPathEvaluator {
    /// XPath 1.0 comparison (section 3.4): node-sets compare node by node ("some node satisfies it"),
    /// otherwise `=`/`!=` prefer boolean, then number, then string, and the order operators compare numbers.
    func compare(_ op: XPathExpression.Operator, _ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.nodes(let a), .nodes(let b)):
            return compareNodeSets(op, a, b)
        case (.nodes(let nodes), let other):
            return compareNodes(op, nodes, other)
        case (let other, .nodes(let nodes)):
            return compareNodes(Self.mirror(op), nodes, other)
        default:
            return compareAtoms(op, left, right)
        }
    }

    /// The operator that gives the same answer with the operands swapped.
    static func mirror(_ op: XPathExpression.Operator) -> XPathExpression.Operator {
        switch op {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: op
        }
    }

    private func compareNodeSets(_ op: XPathExpression.Operator, _ a: [Node], _ b: [Node]) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        switch op {
        case .equal:
            let right = Set(b.map(model.stringValue(of:)))
            return a.contains { right.contains(model.stringValue(of: $0)) }
        case .notEqual:
            // Some pair differs unless both sides hold one and the same string.
            let left = Set(a.map(model.stringValue(of:)))
            let right = Set(b.map(model.stringValue(of:)))
            return left.count > 1 || right.count > 1 || left != right
        default:
            // Some pair satisfies an order comparison exactly when the extreme values do.
            let left = a.map { number(.nodes([$0])) }.filter { !$0.isNaN }
            let right = b.map { number(.nodes([$0])) }.filter { !$0.isNaN }
            guard let leftMin = left.min(), let leftMax = left.max(), let rightMin = right.min(),
                let rightMax = right.max()
            else { return false }
            switch op {
            case .less: return leftMin < rightMax
            case .lessOrEqual: return leftMin <= rightMax
            case .greater: return leftMax > rightMin
            default: return leftMax >= rightMin
            }
        }
    }

    private func compareNodes(_ op: XPathExpression.Operator, _ nodes: [Node], _ other: Value) -> Bool {
        switch other {
        case .boolean(let flag):
            return compareAtoms(op, .boolean(!nodes.isEmpty), .boolean(flag))
        case .number:
            return nodes.contains { compareAtoms(op, .number(number(.nodes([$0]))), other) }
        case .string:
            return nodes.contains { compareAtoms(op, .string(model.stringValue(of: $0)), other) }
        case .nodes(let more):
            return compareNodeSets(op, nodes, more)
        }
    }

    private func compareAtoms(_ op: XPathExpression.Operator, _ left: Value, _ right: Value) -> Bool {
        switch op {
        case .equal, .notEqual:
            let equal: Bool
            switch (left, right) {
            case (.boolean, _), (_, .boolean):
                equal = left.asBoolean == right.asBoolean
            case (.number, _), (_, .number):
                equal = number(left) == number(right)
            default:
                equal = string(left) == string(right)
            }
            return op == .equal ? equal : !equal
        case .less: return number(left) < number(right)
        case .lessOrEqual: return number(left) <= number(right)
        case .greater: return number(left) > number(right)
        default: return number(left) >= number(right)
        }
    }
}
