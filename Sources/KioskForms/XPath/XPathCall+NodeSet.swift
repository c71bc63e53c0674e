extension XPathCall {
    /// count, count-non-empty, position, last, instance, current, randomize, indexed-repeat.
    func nodeSetFunction() throws(XPathError) -> Value? {
        switch name {
        case "count":
            return .number(Double(try nodes(0).count))
        case "count-non-empty":
            let nodes = try nodes(0)
            try evaluator.spend(nodes.count)
            return .number(Double(nodes.filter { !model.stringValue(of: $0).isEmpty }.count))
        case "position":
            guard count == 1 else { return .number(Double(focus.position)) }
            return .number(Double(try siblingPosition(try nodes(0))))
        case "last":
            return .number(Double(focus.size))
        case "instance":
            // Only a computed id gets here; instance('literal') parses as a path start.
            let id = try string(0)
            guard let root = model.documentRoot(instance: id) else { throw fail("instance('\(id)') does not exist") }
            return .nodes([root])
        case "current":
            return .nodes([context.current])
        case "randomize":
            return .nodes(try randomize())
        case "indexed-repeat":
            return try indexedRepeat()
        default:
            return nil
        }
    }

    /// `position(node)`: 1-based among the siblings that share its name (a repeat instance's index).
    private func siblingPosition(_ nodes: [Node]) throws(XPathError) -> Int {
        guard nodes.count == 1, let node = nodes.first else {
            throw fail("needs exactly one node, got \(nodes.count)")
        }
        guard let parent = model.parent(of: node) else { return 1 }
        let name = model.name(of: node)
        let siblings = model.children(of: parent)
        try evaluator.spend(siblings.count)
        var position = 0
        for sibling in siblings where model.name(of: sibling) == name {
            position += 1
            if sibling == node { return position }
        }
        return 1
    }

    /// Fisher-Yates shuffle; with a seed, a Park-Miller generator makes the order repeatable. The result
    /// is deliberately not in document order.
    private func randomize() throws(XPathError) -> [Node] {
        var nodes = try self.nodes(0)
        try evaluator.spend(nodes.count)
        var next: () -> Double
        if count == 2 {
            let seed = try number(1)
            guard seed.isFinite else { throw fail("seed must be a finite number") }
            // Park-Miller "minimal standard" generator; the seed is folded into 1...2^31-2.
            var state = Int64(Swift.abs(seed).truncatingRemainder(dividingBy: 2_147_483_647))
            if state <= 0 { state += 2_147_483_646 }
            next = {
                state = state * 16_807 % 2_147_483_647
                return Double(state - 1) / 2_147_483_646
            }
        } else {
            let random = context.random
            next = { Double(random() >> 11) / 9_007_199_254_740_992 }
        }
        guard nodes.count > 1 else { return nodes }
        for index in stride(from: nodes.count - 1, to: 0, by: -1) {
            let other = Swift.min(Int(next() * Double(index + 1)), index)
            nodes.swapAt(index, other)
        }
        return nodes
    }

    /// `indexed-repeat(value, repeat1, index1, ...)`: the value inside the index1-th instance of
    /// repeat1 (and so on inward), as `repeat1[index1]/.../value`. An index outside the repeat gives "".
    private func indexedRepeat() throws(XPathError) -> Value {
        var scope: Node?
        for pair in stride(from: 1, to: count, by: 2) {
            var instances: [Node] = []
            for node in try nodes(pair) {
                // Inner repeats count only inside the outer instance already chosen.
                if let outer = scope, !(try isInside(node, outer)) { continue }
                instances.append(node)
            }
            guard let index = try integer(pair + 1), index >= 1, index <= instances.count else {
                return .string("")
            }
            scope = instances[index - 1]
        }
        let candidates = try nodes(0)
        for candidate in candidates {
            if let scope, try isInside(candidate, scope) { return .nodes([candidate]) }
        }
        return .string("")
    }

    /// Whether `node` is `ancestor` or below it.
    private func isInside(_ node: Node, _ ancestor: Node) throws(XPathError) -> Bool {
        var cursor: Node? = node
        while let current = cursor {
            try evaluator.spend()
            if current == ancestor { return true }
            cursor = model.parent(of: current)
        }
        return false
    }
}
