import Foundation

/// The result of an expression: one of the four XPath 1.0 types.
///
/// Node-sets are kept in document order without duplicates. The conversions follow XPath 1.0 with the
/// ODK extension that date and dateTime strings convert to numbers (days since 1970-01-01 UTC).
/// Stored answers are strings, so a boolean saved as "false" converts back to boolean `true` (non-empty
/// string); `boolean-from-string()` is the way to read it.
public enum XPathValue<Node: Hashable>: Equatable {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case nodes([Node])

    /// `string()`: a node-set gives the value of its first node, "" when empty.
    public func asString<M: XPathDataModel>(using model: M) -> String where M.Node == Node {
        switch self {
        case .string(let text): text
        case .number(let value): XPathNumberFormat.string(value)
        case .boolean(let flag): flag ? "true" : "false"
        case .nodes(let nodes): nodes.first.map(model.stringValue(of:)) ?? ""
        }
    }

    /// `number()`: strings that are not numbers (nor dates) give NaN. A dateTime without a time zone
    /// offset is read in `timeZone`.
    public func asNumber<M: XPathDataModel>(using model: M, timeZone: TimeZone = XPathDate.utc) -> Double
    where M.Node == Node {
        switch self {
        case .number(let value): value
        case .boolean(let flag): flag ? 1 : 0
        case .string(let text): XPathNumberFormat.number(from: text, timeZone: timeZone)
        case .nodes: XPathNumberFormat.number(from: asString(using: model), timeZone: timeZone)
        }
    }

    /// `boolean()`: non-zero non-NaN numbers, non-empty strings and non-empty node-sets are true.
    public var asBoolean: Bool {
        switch self {
        case .boolean(let flag): flag
        case .number(let value): value != 0 && !value.isNaN
        case .string(let text): !text.isEmpty
        case .nodes(let nodes): !nodes.isEmpty
        }
    }

    /// The nodes of a node-set, nil for the other types.
    public var nodeSet: [Node]? {
        if case .nodes(let nodes) = self { return nodes }
        return nil
    }
}

extension XPathValue: Sendable where Node: Sendable {}
