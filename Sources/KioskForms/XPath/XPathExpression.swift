/// A parsed XPath expression (the AST), as the ODK XForms spec restricts XPath 1.0.
///
/// Parse once with ``parse(_:)`` and evaluate many times; the tree is a value and is safe to share.
public indirect enum XPathExpression: Sendable, Equatable {
    /// The binary operators, from XPath 1.0 section 3.
    public enum Operator: String, Sendable, Equatable, CaseIterable {
        case or
        case and
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case plus = "+"
        case minus = "-"
        case multiply = "*"
        case divide = "div"
        case modulo = "mod"
        case union = "|"
    }

    /// A string literal, quotes removed.
    case string(String)
    /// A number literal.
    case number(Double)
    /// A location path, possibly starting with a filter such as `instance('x')` or `current()`.
    case path(XPathPath)
    /// A function call; the name keeps its prefix (`jr:choice-name`).
    case function(String, [XPathExpression])
    /// A binary operation.
    case binary(Operator, XPathExpression, XPathExpression)
    /// Unary minus.
    case negate(XPathExpression)
    /// A primary expression followed by predicates, e.g. `(/data/a | /data/b)[2]`.
    case filter(XPathExpression, [XPathExpression])
}
