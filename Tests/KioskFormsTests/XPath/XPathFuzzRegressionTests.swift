import Testing

@testable import KioskForms

/// Inputs found by Tests/Fuzz/run-fuzz, kept so the bugs they exposed stay fixed.
@Suite struct XPathFuzzRegressionTests {
    /// Each input parses; its printed form must parse back to the same tree and evaluation must not trap.
    @Test(arguments: [
        // A negation under '|' was printed without parentheses: "in | -1.2" does not parse.
        "rod(1.2345, 2) - in|(-1.2)"
    ])
    func printedFormParsesBack(input: String) throws {
        let expression = try XPathExpression.parse(input)
        #expect(try XPathExpression.parse(expression.description) == expression)
        _ = try? expression.evaluate(in: XPathFixture().context())
    }
}
