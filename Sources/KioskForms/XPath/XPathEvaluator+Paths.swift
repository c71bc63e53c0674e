extension XPathEvaluator {
    /// The nodes a location path selects, in document order.
    func select(_ path: XPathPath, _ focus: XPathFocus<Node>) throws(XPathError) -> [Node] {
        var nodes: [Node]
        switch path.start {
        case .context:
            nodes = [focus.node]
        case .current:
            nodes = [context.current]
        case .root:
            nodes = model.documentRoot(instance: nil).map { [$0] } ?? []
        case .instance(let id):
            guard let root = model.documentRoot(instance: id) else { throw fail("instance('\(id)') does not exist") }
            nodes = [root]
        case .expression(let expression):
            nodes = try nodeSet(try evaluate(expression, focus), for: "a path step")
        }
        for step in path.steps {
            var next: [Node] = []
            for node in nodes {
                next += try filter(try axis(step, from: node), by: step.predicates)
            }
            // Child steps from distinct nodes in order stay in order; parent and descendant steps may not.
            nodes = nodes.count > 1 || step.axis == .descendantOrSelf ? documentOrder(next) : next
        }
        return nodes
    }

    /// The nodes of one axis from one node that pass the node test, in axis order.
    private func axis(_ step: XPathPath.Step, from node: Node) throws(XPathError) -> [Node] {
        switch step.axis {
        case .child:
            if step.test == .text {
                // No text nodes: a leaf stands for its own text.
                return model.children(of: node).isEmpty && model.parent(of: node) != nil ? [node] : []
            }
            let children = model.children(of: node)
            try spend(children.count)
            return children.filter { matches(step.test, $0) }
        case .attribute:
            let attributes = model.attributes(of: node)
            try spend(attributes.count)
            return attributes.filter { matches(step.test, $0) }
        case .parent:
            return model.parent(of: node).map { matches(step.test, $0) ? [$0] : [] } ?? []
        case .self:
            return matches(step.test, node) ? [node] : []
        case .descendant, .descendantOrSelf:
            var found: [Node] = []
            var stack: [Node] = step.axis == .descendantOrSelf ? [node] : model.children(of: node).reversed()
            while let next = stack.popLast() {
                try spend()
                if matches(step.test, next) { found.append(next) }
                stack += model.children(of: next).reversed()
            }
            return found
        }
    }

    private func matches(_ test: XPathPath.NodeTest, _ node: Node) -> Bool {
        switch test {
        case .node, .any: true
        case .text: false
        case .name(let name):
            // Instance nodes are known by local name, so "orx:instanceID" matches "instanceID".
            model.name(of: node) == Self.localName(name)
        }
    }

    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// Applies predicates in turn: a number keeps the node at that position, anything else is a boolean.
    func filter(_ nodes: [Node], by predicates: [XPathExpression]) throws(XPathError) -> [Node] {
        var kept = nodes
        for predicate in predicates {
            var survivors: [Node] = []
            for (index, node) in kept.enumerated() {
                let focus = XPathFocus(node: node, position: index + 1, size: kept.count)
                let value = try evaluate(predicate, focus)
                if case .number(let position) = value {
                    if position == Double(index + 1) { survivors.append(node) }
                } else if value.asBoolean {
                    survivors.append(node)
                }
            }
            kept = survivors
        }
        return kept
    }

    /// Removes duplicates and sorts into document order (the model decides the order).
    func documentOrder(_ nodes: [Node]) -> [Node] {
        var seen = Set<Node>()
        let unique = nodes.filter { seen.insert($0).inserted }
        let model = self.model
        for index in unique.indices.dropFirst() where model.precedes(unique[index], unique[index - 1]) {
            return unique.sorted { model.precedes($0, $1) }
        }
        return unique
    }
}
