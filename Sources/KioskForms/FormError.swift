import Foundation

/// Everything that can go wrong reading a form or filling it in.
///
/// A bad form is outside input (a technician's upload, a file on disk), so the reader never traps:
/// every defect becomes one of these cases, and the description reads like a log line.
public enum FormError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not well-formed XML; the text carries the parser's reason and line when known.
    case malformedXML(String)
    /// A part every form needs is absent, named by its place, e.g. "h:head/model" or "instance".
    case missingElement(String)
    /// A control ref, bind nodeset or itext id that names nothing; the text is the reference as written.
    case unresolvedReference(String)
    /// A control, type or expression that this version of the engine does not handle yet.
    case unsupported(String)
    /// An answer that is not a value of the question's type (or not one of its choices).
    case invalidValue(path: String, value: String, expected: DataType)
    /// A required question left without an answer.
    case required(path: String)
    /// An answer given for a path that is no question of the form.
    case unknownQuestion(String)
    /// A saved session that cannot be restored against the form at hand.
    case badSnapshot(String)
    /// An XPath expression that does not parse or names an unknown function; `context` says where
    /// it stands ("relevant of /data/age").
    case badExpression(context: String, message: String)
    /// Calculations or relevance conditions that depend on each other in a circle, named in order.
    case cycle([String])
    /// An answer its constraint refuses; `message` is the form's message in the session's language
    /// (or a generic one).
    case constraint(path: String, message: String)
    /// A repeat asked for more instances than a terminal can hold (a hostile or mistaken jr:count).
    case tooManyRepeats(path: String, count: Int)

    public var description: String {
        switch self {
        case .malformedXML(let reason): "form: malformed XML: \(reason)"
        case .missingElement(let name): "form: missing element \(name)"
        case .unresolvedReference(let reference): "form: unresolved reference \(reference)"
        case .unsupported(let what): "form: unsupported \(what)"
        // The value stays out: these lines reach logs, and answers are personal data.
        case .invalidValue(let path, _, let expected): "answer: \(path) is not a valid \(expected.rawValue)"
        case .required(let path): "answer: \(path) is required"
        case .unknownQuestion(let path): "answer: no question at \(path)"
        case .badSnapshot(let reason): "session: bad snapshot: \(reason)"
        case .badExpression(let context, let message): "form: bad expression in \(context): \(message)"
        case .cycle(let names): "form: dependency cycle: \(names.joined(separator: " -> "))"
        case .constraint(let path, let message): "answer: \(path) refused by its constraint: \(message)"
        case .tooManyRepeats(let path, let count): "form: \(path) asks for \(count) repeats, more than allowed"
        }
    }
}
