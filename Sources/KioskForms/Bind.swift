import Foundation

/// A `<bind>` of the model: the properties of one instance node.
///
/// This version acts on `type`, `required` and the `uid`/`timestamp` preloads; the rest is kept
/// as written so a later version can evaluate it without reparsing.
struct Bind: Sendable, Equatable {
    var nodeset: String
    var type: DataType
    var required: Bool
    var readonly: String?
    var preload: String?
    var preloadParams: String?
    var constraintMessage: String?
    var requiredMessage: String?

    /// Bind attributes whose XPath this version cannot evaluate. A form that uses them is refused
    /// rather than run wrongly (questions shown that should be skipped, bad values accepted).
    static let unsupportedAttributes = ["relevant", "constraint", "calculate"]

    /// Reads a boolean XPath that is a literal: true() and false() as pyxform writes them, and the
    /// bare words some hand-written forms use; nil for anything that needs evaluating.
    static func literalBoolean(_ expression: String) -> Bool? {
        switch expression.trimmingCharacters(in: .whitespaces) {
        case "true()", "true", "1": true
        case "false()", "false", "0", "": false
        default: nil
        }
    }
}
