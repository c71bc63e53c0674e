/// Recursive-descent parser for XPath 1.0 expressions (section 3), bounded in depth.
///
/// Every parse function returns the node with its height so the limits are checked while building:
/// `nesting` counts parentheses, calls, predicates and steps (what makes the parser recurse), `height`
/// the whole tree (what makes evaluation, comparison and destruction recurse).
struct XPathParser {
    /// The deepest nesting of parentheses, function calls and predicates accepted.
    static let maximumNesting = 64
    /// The tallest tree accepted; long operator chains (`a or b or c ...`) count here.
    static let maximumHeight = 256
    /// The longest expression accepted, in UTF-8 bytes.
    static let maximumLength = 16 * 1024

    typealias Node = (expression: XPathExpression, height: Int)

    private let tokens: [XPathToken]
    private let source: String
    var index = 0
    private var nesting = 0

    init(tokens: [XPathToken], source: String) {
        self.tokens = tokens
        self.source = source
    }

    static func parse(_ text: String) throws(XPathError) -> XPathExpression {
        guard text.utf8.count <= maximumLength else {
            throw XPathError(
                message: "expression longer than \(maximumLength / 1024) KiB (\(text.utf8.count) bytes)",
                expression: String(text.prefix(80)) + "…")
        }
        var parser = XPathParser(tokens: try XPathLexer.tokenize(text), source: text)
        guard !parser.tokens.isEmpty else { throw XPathError(message: "empty expression", expression: text) }
        let node = try parser.parseExpression()
        if let extra = parser.peek() {
            throw parser.fail("unexpected '\(extra.display)' after a complete expression")
        }
        return node.expression
    }

    // MARK: - Helpers

    func fail(_ message: String) -> XPathError {
        XPathError(message: message, expression: source)
    }

    func peek(_ offset: Int = 0) -> XPathToken? {
        index + offset < tokens.count ? tokens[index + offset] : nil
    }

    mutating func take() -> XPathToken? {
        defer { index += 1 }
        return peek()
    }

    mutating func expect(_ token: XPathToken, _ what: String) throws(XPathError) {
        guard let next = take() else { throw fail("expected \(what) but the expression ended") }
        guard next == token else { throw fail("expected \(what) but found '\(next.display)'") }
    }

    func checked(_ expression: XPathExpression, height: Int) throws(XPathError) -> Node {
        guard height <= Self.maximumHeight else {
            throw fail("expression too complex (more than \(Self.maximumHeight) levels of operators)")
        }
        return (expression, height)
    }

    mutating func nested<T>(_ body: (inout XPathParser) throws(XPathError) -> T) throws(XPathError) -> T {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting else { throw fail("nested deeper than \(Self.maximumNesting) levels") }
        return try body(&self)
    }

    // MARK: - Operators, loosest first

    /// Expr ::= OrExpr
    mutating func parseExpression() throws(XPathError) -> Node {
        try nested { (parser: inout XPathParser) throws(XPathError) in try parser.parseBinary(level: 0) }
    }

    private static let levels: [[XPathExpression.Operator]] = [
        [.or], [.and], [.equal, .notEqual], [.less, .lessOrEqual, .greater, .greaterOrEqual],
        [.plus, .minus], [.multiply, .divide, .modulo],
    ]

    /// Left-associative binary operators by precedence level; below the last level comes UnaryExpr.
    private mutating func parseBinary(level: Int) throws(XPathError) -> Node {
        guard level < Self.levels.count else { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while case .operator(let op) = peek(), Self.levels[level].contains(op) {
            index += 1
            let right = try parseBinary(level: level + 1)
            left = try checked(
                .binary(op, left.expression, right.expression), height: max(left.height, right.height) + 1)
        }
        return left
    }

    /// UnaryExpr ::= UnionExpr | '-' UnaryExpr
    private mutating func parseUnary() throws(XPathError) -> Node {
        var minuses = 0
        while case .operator(.minus) = peek() {
            index += 1
            minuses += 1
        }
        var node = try parseUnion()
        for _ in 0..<minuses {
            node = try checked(.negate(node.expression), height: node.height + 1)
        }
        return node
    }

    /// UnionExpr ::= PathExpr ('|' PathExpr)*
    private mutating func parseUnion() throws(XPathError) -> Node {
        var left = try parsePathExpression()
        while case .operator(.union) = peek() {
            index += 1
            let right = try parsePathExpression()
            left = try checked(
                .binary(.union, left.expression, right.expression), height: max(left.height, right.height) + 1)
        }
        return left
    }

    // MARK: - Paths and primaries

    /// PathExpr ::= LocationPath | FilterExpr (('/' | '//') RelativeLocationPath)?
    private mutating func parsePathExpression() throws(XPathError) -> Node {
        guard let token = peek() else { throw fail("expected an expression but the expression ended") }
        switch token {
        case .number, .literal, .leftParen, .dollar:
            return try parseFilterPath()
        case .functionName(let name) where !XPathParser.nodeTypes.contains(name):
            return try parseFilterPath()
        case .slash, .doubleSlash:
            return try parseLocationPath(start: .root)
        case .name, .functionName, .axisName, .at, .dot, .doubleDot:
            return try parseLocationPath(start: .context)
        default:
            throw fail("unexpected '\(token.display)'")
        }
    }

    static let nodeTypes: Set<String> = ["node", "text", "comment", "processing-instruction"]

    private mutating func parseFilterPath() throws(XPathError) -> Node {
        let primary = try parsePrimary()
        var predicates: [XPathExpression] = []
        var height = primary.height
        while peek() == .leftBracket {
            let predicate = try parsePredicate()
            predicates.append(predicate.expression)
            height = max(height, predicate.height + 1)
        }
        guard peek() == .slash || peek() == .doubleSlash else {
            if predicates.isEmpty { return primary }
            return try checked(.filter(primary.expression, predicates), height: height)
        }
        let start: XPathPath.Start
        var prefix: [XPathPath.Step] = []
        if predicates.isEmpty, case .path(let path) = primary.expression {
            // `current()/..`, `instance('x')/root` and `(/a/b)/c` continue the path they start.
            start = path.start
            prefix = path.steps
        } else {
            start = .expression(predicates.isEmpty ? primary.expression : .filter(primary.expression, predicates))
            height += 1
        }
        let rest = try parseRelativeSteps(afterSlash: true)
        return try checked(.path(XPathPath(start: start, steps: prefix + rest.steps)), height: max(height, rest.height))
    }

    /// PrimaryExpr ::= '(' Expr ')' | Literal | Number | FunctionCall
    private mutating func parsePrimary() throws(XPathError) -> Node {
        switch take() {
        case .number(let value): return (.number(value), 1)
        case .literal(let text): return (.string(text), 1)
        case .dollar: throw fail("variables ($name) are not supported")
        case .leftParen:
            let inner = try parseExpression()
            try expect(.rightParen, "')'")
            return inner
        case .functionName(let name):
            return try parseCall(name)
        default:
            throw fail("expected an expression")
        }
    }

    private mutating func parseCall(_ name: String) throws(XPathError) -> Node {
        try expect(.leftParen, "'('")
        var arguments: [XPathExpression] = []
        var height = 1
        if peek() != .rightParen {
            while true {
                let argument = try parseExpression()
                arguments.append(argument.expression)
                height = max(height, argument.height + 1)
                guard peek() == .comma else { break }
                index += 1
            }
        }
        try expect(.rightParen, "')' to close \(name)(")
        // The two filter starts the form model needs to see statically.
        if name == "current", arguments.isEmpty {
            return (.path(XPathPath(start: .current, steps: [])), 1)
        }
        if name == "instance", arguments.count == 1, case .string(let id) = arguments[0] {
            return (.path(XPathPath(start: .instance(id), steps: [])), 1)
        }
        return try checked(.function(name, arguments), height: height)
    }

    mutating func parsePredicate() throws(XPathError) -> Node {
        try expect(.leftBracket, "'['")
        let inner = try parseExpression()
        try expect(.rightBracket, "']'")
        return inner
    }

    // MARK: - Location paths

    private mutating func parseLocationPath(start: XPathPath.Start) throws(XPathError) -> Node {
        if start == .root {
            if take() == .doubleSlash {
                let rest = try parseRelativeSteps(afterSlash: false)
                let steps = [XPathPath.Step(axis: .descendantOrSelf, test: .node)] + rest.steps
                return try checked(.path(XPathPath(start: .root, steps: steps)), height: rest.height)
            }
            // A lone "/" is the root itself; it may be followed by a relative path.
            guard let next = peek(), Self.startsStep(next) else {
                return (.path(XPathPath(start: .root, steps: [])), 1)
            }
        }
        let rest = try parseRelativeSteps(afterSlash: false)
        return try checked(.path(XPathPath(start: start, steps: rest.steps)), height: rest.height)
    }

    private static func startsStep(_ token: XPathToken) -> Bool {
        switch token {
        case .name, .axisName, .at, .dot, .doubleDot: true
        case .functionName(let name): nodeTypes.contains(name)
        default: false
        }
    }
}
