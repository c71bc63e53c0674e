/// What an expression reads, resolved without data: a path of the primary instance (the node and
/// everything under it), a secondary instance (which never changes), or something only known
/// when evaluated (then anything may matter).
enum Reference: Hashable, Sendable {
    case primary(String)
    case secondary
    case unknown

    /// Every reference of `expression` evaluated with `context` as its context node's path.
    ///
    /// Paths inside predicates are resolved against the step they filter, not the context, so
    /// `/data/child[age > 5]` reads /data/child and /data/child/age.
    static func all(in expression: XPathExpression, context: String, paths: Set<String>) -> [Reference] {
        var nested: [XPathPath] = []
        let found = expression.paths
        for path in found {
            for step in path.steps { for predicate in step.predicates { nested += predicate.paths } }
            if case .expression(let start) = path.start { nested += start.paths }
        }
        var remaining = found
        for path in nested {
            if let index = remaining.firstIndex(of: path) { remaining.remove(at: index) }
        }
        return remaining.flatMap { resolve($0, context: context, paths: paths) }
    }

    /// A path's own reference, then those of its predicates.
    static func resolve(_ path: XPathPath, context: String, paths: Set<String>) -> [Reference] {
        var base: String
        switch path.start {
        case .root: base = ""
        case .context where context == secondaryContext: return [.secondary]
        case .context, .current: base = context
        case .instance:
            // The choice data never changes, but a filter on it may read answers:
            // instance('communes')/root/item[province = /data/province] depends on /data/province.
            return [.secondary]
                + path.steps.flatMap(\.predicates).flatMap {
                    all(in: $0, context: secondaryContext, paths: paths)
                }
        case .expression(let start): return all(in: start, context: context, paths: paths) + [.unknown]
        }
        var references: [Reference] = []
        var open = true  // false once a step leaves what can be known statically
        for step in path.steps where open {
            switch (step.axis, step.test) {
            case (.child, .name(let name)):
                base = child(of: base, named: name, paths: paths) ?? base + "/" + name
            case (.parent, _):
                base = String(base[..<(base.lastIndex(of: "/") ?? base.startIndex)])
            case (.self, _), (.attribute, _), (.child, .text):
                break
            default:
                open = false  // `*`, `//`: the subtree under `base`
            }
            for predicate in step.predicates {
                references += all(in: predicate, context: base, paths: paths)
            }
        }
        let reference: Reference = base.isEmpty || paths.contains(base) ? .primary(base) : .unknown
        return [reference] + references
    }

    /// The path of a child matched by local name, as XPath matches it (`orx:meta` is `meta`).
    static func child(of base: String, named name: String, paths: Set<String>) -> String? {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if paths.contains(base + "/" + name) { return base + "/" + name }
        if paths.contains(base + "/" + local) { return base + "/" + local }
        return paths.first { path in
            path.hasPrefix(base + "/") && !path.dropFirst(base.count + 1).contains("/")
                && path.split(separator: "/").last?.split(separator: ":").last.map(String.init) == local
        }
    }

    /// The context of a predicate on a secondary instance: its relative paths read choice data.
    static let secondaryContext = "#secondary"

    /// Whether a change at `changed` can alter what this reference reads.
    func isTouched(by changed: String) -> Bool {
        switch self {
        case .secondary: false
        case .unknown: true
        case .primary(let path):
            path.isEmpty || changed == path || changed.hasPrefix(path + "/") || path.hasPrefix(changed + "/")
        }
    }
}
