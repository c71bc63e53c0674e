/// A `<bind>` of the model: the properties of the instance nodes at one path.
struct Bind: Sendable, Equatable {
    /// The path without indices, e.g. "/data/child/name".
    var nodeset: String
    var type: DataType
    var required: FormExpression?
    var relevant: FormExpression?
    var constraint: FormExpression?
    var calculate: FormExpression?
    var readonly: FormExpression?
    var constraintMessage: Label?
    var requiredMessage: Label?
    var preload: String?
    var preloadParams: String?

    /// The expressions whose value changes with the data (required, constraint and readonly are
    /// asked when needed; relevance and calculations are kept up to date).
    var liveExpressions: [FormExpression] {
        [relevant, calculate].compactMap(\.self)
    }

    /// Every expression of the bind, for static checks.
    var allExpressions: [(name: String, expression: FormExpression)] {
        [
            ("required", required), ("relevant", relevant), ("constraint", constraint), ("calculate", calculate),
            ("readonly", readonly),
        ].compactMap { name, expression in expression.map { (name, $0) } }
    }
}
