/// An XPath expression of the form, kept with its source text for messages and checks.
struct FormExpression: Sendable, Equatable {
    var text: String
    var parsed: XPathExpression

    /// Parses `text`; `context` names where it stands ("relevant of /data/age") for the error.
    init(_ text: String, context: String) throws(FormError) {
        self.text = text
        do throws(XPathError) {
            parsed = try XPathExpression.parse(text)
        } catch {
            throw .badExpression(context: context, message: error.message)
        }
    }
}
