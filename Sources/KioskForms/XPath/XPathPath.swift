/// A location path: where it starts, then steps.
///
/// `/data/name`, `../age`, `.`, `//item`, `instance('communes')/root/item[code = current()/../code]`,
/// `current()/../province` are all paths. A general filter start such as `(a | b)/c` is kept as an
/// expression so nothing the grammar allows is lost.
public struct XPathPath: Sendable, Equatable {
    /// Where the first step is taken from.
    public enum Start: Sendable, Equatable {
        /// The context node (a relative path).
        case context
        /// The document root of the primary instance (`/...`).
        case root
        /// The document root of a secondary instance: `instance('id')`.
        case instance(String)
        /// The node the bind or control belongs to: `current()`.
        case current
        /// Any other filter expression with its predicates, e.g. `(/a | /b)[1]` or `instance(/data/x)`.
        case expression(XPathExpression)
    }

    /// How a step moves from a node.
    public enum Axis: String, Sendable, Equatable {
        case child
        case parent
        case `self`
        case attribute
        case descendant
        case descendantOrSelf = "descendant-or-self"
    }

    /// Which nodes of an axis a step keeps.
    public enum NodeTest: Sendable, Equatable {
        /// A name, possibly prefixed (`orx:instanceID`); matched on the local part, since instance
        /// nodes are known by local name.
        case name(String)
        /// `*` or `prefix:*`.
        case any
        /// `node()`.
        case node
        /// `text()`: the model has no text nodes, so this keeps a leaf element itself (its value is its text).
        case text
    }

    /// One step: axis, node test and predicates.
    public struct Step: Sendable, Equatable {
        public var axis: Axis
        public var test: NodeTest
        public var predicates: [XPathExpression]

        public init(axis: Axis, test: NodeTest, predicates: [XPathExpression] = []) {
            self.axis = axis
            self.test = test
            self.predicates = predicates
        }
    }

    public var start: Start
    public var steps: [Step]

    public init(start: Start, steps: [Step]) {
        self.start = start
        self.steps = steps
    }

    /// True when the path does not depend on the context node: it starts at `/` or at `instance(...)`.
    /// Paths that start at `current()` are relative to the current node instead.
    public var isAbsolute: Bool {
        switch start {
        case .root, .instance: true
        case .context, .current, .expression: false
        }
    }

    /// The instance id the path reads (nil = primary instance), when known without evaluating.
    public var instanceID: String? {
        if case .instance(let id) = start { return id }
        return nil
    }
}
