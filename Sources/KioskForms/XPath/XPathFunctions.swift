/// The function library: names and argument counts, for static checks such as `kiosk form check`.
public enum XPathFunctions {
    /// How many arguments a function takes; `max` nil means any number from `min`. Nil for unknown names.
    public static func arity(of name: String) -> (min: Int, max: Int?)? {
        table[name].map { (min: $0.min, max: $0.max) }
    }

    /// Functions of the ODK spec this engine knows but refuses at evaluation time, with the reason.
    /// A form that uses them should be refused when it is loaded.
    public static func unsupportedReason(for name: String) -> String? {
        unsupported[name]
    }

    /// Every known name, supported or not.
    public static var names: [String] {
        table.keys.sorted()
    }

    /// Checks the calls of a parsed expression: unknown names, wrong argument counts and unsupported
    /// functions, as messages ready for a form author.
    public static func problems(in expression: XPathExpression) -> [String] {
        var messages: [String] = []
        for call in expression.calls {
            guard let arity = arity(of: call.name) else {
                messages.append("unknown function \(call.name)()")
                continue
            }
            if let message = arityProblem(call.name, arity: arity, count: call.arity) {
                messages.append(message)
            } else if let reason = unsupported[call.name] {
                messages.append("\(call.name)() is not supported: \(reason)")
            }
        }
        return messages
    }

    static func arityProblem(_ name: String, arity: (min: Int, max: Int?), count: Int) -> String? {
        let expected: String
        switch arity.max {
        case arity.min?: expected = "\(arity.min)"
        case let max?: expected = "\(arity.min) to \(max)"
        case nil: expected = "at least \(arity.min)"
        }
        let fits = count >= arity.min && count <= (arity.max ?? Int.max)
        let plural = expected == "1" ? "argument" : "arguments"
        if !fits { return "\(name)() takes \(expected) \(plural), not \(count)" }
        if name == "indexed-repeat", count % 2 == 0 { return "indexed-repeat() takes pairs of repeat and index" }
        if name == "weighted-checklist", count % 2 != 0 {
            return "weighted-checklist() takes pairs of value and weight"
        }
        return nil
    }

    private struct Arity {
        var min: Int
        var max: Int?

        init(_ min: Int, _ max: Int?) {
            self.min = min
            self.max = max
        }
    }

    private static let unsupported: [String: String] = [
        "digest": "no hash functions in the pure forms module (Foundation only)",
        "area": "geographic functions are not implemented (no geo questions on the kiosk)",
        "distance": "geographic functions are not implemented (no geo questions on the kiosk)",
    ]

    private static let table: [String: Arity] = [
        // Boolean
        "boolean": Arity(1, 1), "boolean-from-string": Arity(1, 1), "not": Arity(1, 1), "true": Arity(0, 0),
        "false": Arity(0, 0), "if": Arity(3, 3), "coalesce": Arity(2, 2), "once": Arity(1, 1),
        "regex": Arity(2, 2), "checklist": Arity(2, nil), "weighted-checklist": Arity(2, nil),
        // Number
        "number": Arity(0, 1), "int": Arity(1, 1), "round": Arity(1, 2), "sum": Arity(1, 1), "floor": Arity(1, 1),
        "ceiling": Arity(1, 1), "abs": Arity(1, 1), "pow": Arity(2, 2), "log": Arity(1, 1), "log10": Arity(1, 1),
        "exp": Arity(1, 1), "exp10": Arity(1, 1), "sqrt": Arity(1, 1), "sin": Arity(1, 1), "cos": Arity(1, 1),
        "tan": Arity(1, 1), "asin": Arity(1, 1), "acos": Arity(1, 1), "atan": Arity(1, 1), "atan2": Arity(2, 2),
        "pi": Arity(0, 0), "random": Arity(0, 0), "min": Arity(1, nil), "max": Arity(1, nil),
        // String
        "string": Arity(0, 1), "concat": Arity(0, nil), "join": Arity(1, nil), "substr": Arity(2, 3),
        "substring": Arity(2, 3), "substring-before": Arity(2, 2), "substring-after": Arity(2, 2),
        "translate": Arity(3, 3), "string-length": Arity(0, 1), "normalize-space": Arity(0, 1),
        "contains": Arity(2, 2), "starts-with": Arity(2, 2), "ends-with": Arity(2, 2), "uuid": Arity(0, 1),
        "digest": Arity(2, 3), "pulldata": Arity(4, 4),
        // Node-set
        "count": Arity(1, 1), "count-non-empty": Arity(1, 1), "position": Arity(0, 1), "last": Arity(0, 0),
        "instance": Arity(1, 1), "current": Arity(0, 0), "randomize": Arity(1, 2), "indexed-repeat": Arity(3, 7),
        // Date and time
        "today": Arity(0, 0), "now": Arity(0, 0), "date": Arity(1, 1), "date-time": Arity(1, 1),
        "decimal-date-time": Arity(1, 1), "decimal-time": Arity(1, 1), "format-date": Arity(2, 2),
        "format-date-time": Arity(2, 2),
        // Select, translation
        "selected": Arity(2, 2), "selected-at": Arity(2, 2), "count-selected": Arity(1, 1),
        "jr:choice-name": Arity(2, 2), "jr:itext": Arity(1, 1),
        // Geographic
        "area": Arity(1, 1), "distance": Arity(1, nil),
    ]
}
