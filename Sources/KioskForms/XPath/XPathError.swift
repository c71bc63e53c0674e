/// An XPath failure at parse or evaluation time.
///
/// The description reads like a log line: "xpath: unknown function foo() in `foo(1)`". The expression is
/// kept whole (it comes from the form, not from the citizen) so a form author can find it.
public struct XPathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, without the expression, e.g. "unknown function foo()".
    public var message: String
    /// The expression text as the form wrote it; empty when evaluating an AST built in code.
    public var expression: String

    public init(message: String, expression: String) {
        self.message = message
        self.expression = expression
    }

    public var description: String {
        expression.isEmpty ? "xpath: \(message)" : "xpath: \(message) in `\(expression)`"
    }
}
