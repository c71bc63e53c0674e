/// The order in which calculations and relevance conditions are brought up to date, and what
/// each reads, so that after an answer only what depends on it is evaluated again.
struct DependencyGraph: Sendable, Equatable {
    /// One live expression of a bind: its calculate or its relevant.
    struct Item: Sendable, Equatable {
        enum Kind: Sendable, Equatable { case calculate, relevant }
        var kind: Kind
        var nodeset: String
        var expression: FormExpression
        var reads: [Reference]
    }

    /// The items in an order where everything an item reads is computed before it.
    private(set) var items: [Item] = []

    init() {}

    /// Orders the live expressions of `form`; a circle of calculations is a `.cycle` error.
    init(form: XForm) throws(FormError) {
        let paths = Set(form.template.nodes.dropFirst().map(\.path))
        var pending: [Item] = []
        for bind in form.binds {
            if let calculate = bind.calculate {
                pending.append(
                    Item(
                        kind: .calculate, nodeset: bind.nodeset, expression: calculate,
                        reads: Reference.all(in: calculate.parsed, context: bind.nodeset, paths: paths)))
            }
            if let relevant = bind.relevant {
                pending.append(
                    Item(
                        kind: .relevant, nodeset: bind.nodeset, expression: relevant,
                        reads: Reference.all(in: relevant.parsed, context: bind.nodeset, paths: paths)))
            }
        }
        // Kahn's algorithm over "reads a node another item writes". A relevance condition counts as
        // writing its node, as in JavaRosa: a calculation that reads a node whose relevance reads
        // that calculation is a circle, and ODK refuses the form.
        let writers = Array(pending.indices)
        func waitsOn(_ i: Int) -> [Int] {
            // A read waits on a write of exactly that node, as in JavaRosa: `position(..)` reads the
            // repeat instance itself, not the values under it, so it does not wait on them.
            writers.filter { w in
                w != i && pending[i].reads.contains(.primary(pending[w].nodeset))
            }
        }
        var remaining = Array(pending.indices)
        var done = Set<Int>()
        while !remaining.isEmpty {
            guard let next = remaining.firstIndex(where: { waitsOn($0).allSatisfy(done.contains) }) else {
                throw .cycle(
                    remaining.map {
                        "\(pending[$0].kind == .calculate ? "calculate" : "relevant") of \(pending[$0].nodeset)"
                    })
            }
            let index = remaining.remove(at: next)
            done.insert(index)
            items.append(pending[index])
        }
    }
}
