/// A function call as written, for static checks: `jr:choice-name` with 2 arguments.
public struct XPathFunctionCall: Sendable, Equatable, Hashable {
    /// The name with its prefix, e.g. "jr:choice-name".
    public var name: String
    /// How many arguments the call passes.
    public var arity: Int

    public init(name: String, arity: Int) {
        self.name = name
        self.arity = arity
    }
}

extension XPathExpression {
    /// Parses an expression.
    ///
    /// Bounded: input longer than 16 KiB, nesting of parentheses, calls and predicates deeper than 64, or
    /// a tree taller than 256 (long operator chains) is rejected with an ``XPathError``, never a stack
    /// overflow. Function names are not checked here; see ``functionCalls`` and ``XPathFunctions``.
    public static func parse(_ text: String) throws(XPathError) -> XPathExpression {
        try XPathParser.parse(text)
    }

    /// Every location path in the expression, in source order, including paths inside predicates,
    /// function arguments and filter starts (the path `instance('x')/item[a = current()/b]` yields itself
    /// and then `a` and `current()/b`).
    public var paths: [XPathPath] {
        var found = Found()
        collect(into: &found)
        return found.paths
    }

    /// Every function call in the expression, in source order, including `current()` and
    /// `instance('x')` although they parse as path starts.
    public var functionCalls: [(name: String, arity: Int)] {
        calls.map { (name: $0.name, arity: $0.arity) }
    }

    /// ``functionCalls`` as values that can be compared and put in sets.
    public var calls: [XPathFunctionCall] {
        var found = Found()
        collect(into: &found)
        return found.calls
    }

    private struct Found {
        var paths: [XPathPath] = []
        var calls: [XPathFunctionCall] = []
    }

    /// Walks the tree once for both lists; the tree is at most 256 high, so recursion is bounded.
    private func collect(into found: inout Found) {
        switch self {
        case .string, .number:
            break
        case .path(let path):
            found.paths.append(path)
            switch path.start {
            case .current: found.calls.append(XPathFunctionCall(name: "current", arity: 0))
            case .instance: found.calls.append(XPathFunctionCall(name: "instance", arity: 1))
            case .expression(let start): start.collect(into: &found)
            case .context, .root: break
            }
            for step in path.steps {
                for predicate in step.predicates { predicate.collect(into: &found) }
            }
        case .function(let name, let arguments):
            found.calls.append(XPathFunctionCall(name: name, arity: arguments.count))
            for argument in arguments { argument.collect(into: &found) }
        case .binary(_, let left, let right):
            left.collect(into: &found)
            right.collect(into: &found)
        case .negate(let inner):
            inner.collect(into: &found)
        case .filter(let primary, let predicates):
            primary.collect(into: &found)
            for predicate in predicates { predicate.collect(into: &found) }
        }
    }
}
