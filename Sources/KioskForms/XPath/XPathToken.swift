/// A lexical token of XPath 1.0 (section 3.7), already disambiguated by the preceding token.
enum XPathToken: Equatable, Sendable {
    case number(Double)
    case literal(String)
    /// A name test: QName, `prefix:*`, or `*`.
    case name(String)
    /// A name followed by `(`: a function name or a node type such as `node`.
    case functionName(String)
    /// A name followed by `::`.
    case axisName(String)
    case `operator`(XPathExpression.Operator)
    case slash
    case doubleSlash
    case dot
    case doubleDot
    case at
    case comma
    case leftParen
    case rightParen
    case leftBracket
    case rightBracket
    case dollar

    /// How the token reads in an error message.
    var display: String {
        switch self {
        case .number(let value): XPathNumberFormat.string(value)
        case .literal(let text): "'\(text)'"
        case .name(let name), .functionName(let name): name
        case .axisName(let name): "\(name)::"
        case .operator(let op): op.rawValue
        case .slash: "/"
        case .doubleSlash: "//"
        case .dot: "."
        case .doubleDot: ".."
        case .at: "@"
        case .comma: ","
        case .leftParen: "("
        case .rightParen: ")"
        case .leftBracket: "["
        case .rightBracket: "]"
        case .dollar: "$"
        }
    }

    /// Whether a `*` or NCName after this token is an operator (XPath 1.0 section 3.7).
    var makesNextAnOperator: Bool {
        switch self {
        case .at, .axisName, .leftParen, .leftBracket, .comma, .operator, .slash, .doubleSlash, .dollar: false
        default: true
        }
    }
}
