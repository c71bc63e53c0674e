import Foundation

extension XPathExpression {
    /// Evaluates the expression against the context's model.
    ///
    /// Bounded: work beyond `context.workLimit` fails with an ``XPathError``, as do unknown functions,
    /// wrong argument counts, missing instances and type errors (a path step from a string).
    public func evaluate<M: XPathDataModel>(in context: XPathContext<M>) throws(XPathError) -> XPathValue<M.Node> {
        let evaluator = XPathEvaluator(context: context, root: self, work: XPathWork(remaining: context.workLimit))
        let focus = XPathFocus(node: context.node, position: context.position, size: context.size)
        return try evaluator.evaluate(self, focus)
    }
}

/// The work still allowed in one evaluation, shared by the nested evaluations of predicates.
/// A class so every copy of the evaluator spends from the same account; it never leaves one call.
final class XPathWork {
    var remaining: Int

    init(remaining: Int) {
        self.remaining = remaining
    }
}

/// The context node, position and size while evaluating a sub-expression.
struct XPathFocus<Node> {
    var node: Node
    var position: Int
    var size: Int
}

/// Evaluates one expression tree; the tree is at most 256 high, so recursion is bounded.
struct XPathEvaluator<Model: XPathDataModel> {
    typealias Node = Model.Node
    typealias Value = XPathValue<Node>

    let context: XPathContext<Model>
    let root: XPathExpression
    let work: XPathWork

    var model: Model { context.model }

    func fail(_ message: String) -> XPathError {
        XPathError(message: message, expression: root.description)
    }

    func spend(_ units: Int = 1) throws(XPathError) {
        work.remaining -= units
        if work.remaining < 0 {
            throw fail("too costly to evaluate (more than \(context.workLimit) steps)")
        }
    }

    func evaluate(_ expression: XPathExpression, _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
        try spend()
        switch expression {
        case .string(let text):
            return .string(text)
        case .number(let value):
            return .number(value)
        case .path(let path):
            return .nodes(try select(path, focus))
        case .function(let name, let arguments):
            return try call(name, arguments, focus)
        case .binary:
            return try evaluateChain(expression, focus)
        case .negate(let inner):
            return .number(-number(try evaluate(inner, focus)))
        case .filter(let primary, let predicates):
            let nodes = try nodeSet(try evaluate(primary, focus), for: "a predicate")
            return .nodes(try filter(nodes, by: predicates))
        }
    }

    /// A left-leaning chain `a op b op c ...` evaluated in a loop, so long chains do not recurse.
    private func evaluateChain(_ expression: XPathExpression, _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
        var spine: [(XPathExpression.Operator, XPathExpression)] = []
        var leftmost = expression
        while case .binary(let op, let left, let right) = leftmost {
            spine.append((op, right))
            leftmost = left
        }
        var value = try evaluate(leftmost, focus)
        for (op, right) in spine.reversed() {
            switch op {
            case .or:
                value = .boolean(value.asBoolean ? true : try evaluate(right, focus).asBoolean)
            case .and:
                value = .boolean(value.asBoolean ? try evaluate(right, focus).asBoolean : false)
            default:
                value = try apply(op, value, try evaluate(right, focus))
            }
        }
        return value
    }

    private func apply(_ op: XPathExpression.Operator, _ left: Value, _ right: Value) throws(XPathError) -> Value {
        switch op {
        case .or, .and:
            return .boolean(op == .or ? left.asBoolean || right.asBoolean : left.asBoolean && right.asBoolean)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return .boolean(compare(op, left, right))
        case .plus: return .number(number(left) + number(right))
        case .minus: return .number(number(left) - number(right))
        case .multiply: return .number(number(left) * number(right))
        case .divide: return .number(number(left) / number(right))
        // XPath's mod truncates like fmod (the sign follows the dividend), unlike a floored modulo.
        case .modulo: return .number(fmod(number(left), number(right)))
        case .union:
            let a = try nodeSet(left, for: "'|'")
            let b = try nodeSet(right, for: "'|'")
            try spend(a.count + b.count)
            return .nodes(documentOrder(a + b))
        }
    }

    // MARK: - Conversions with this context's model and time zone

    func string(_ value: Value) -> String {
        value.asString(using: model)
    }

    func number(_ value: Value) -> Double {
        value.asNumber(using: model, timeZone: context.timeZone)
    }

    func nodeSet(_ value: Value, for use: String) throws(XPathError) -> [Node] {
        guard case .nodes(let nodes) = value else {
            throw fail("\(use) needs a node-set, not a \(Self.typeName(value))")
        }
        return nodes
    }

    static func typeName(_ value: Value) -> String {
        switch value {
        case .string: "string"
        case .number: "number"
        case .boolean: "boolean"
        case .nodes: "node-set"
        }
    }
}
