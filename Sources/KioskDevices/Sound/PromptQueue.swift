/// What the sound thread plays next: the prompts of the latest request, in order. A new request
/// replaces the old one at once (the screen changed); the thread checks ``isCurrent(_:)``
/// between chunks and stops a prompt that is no longer wanted.
struct PromptQueue<Item: Sendable>: Sendable {
    private(set) var generation = 0
    private var pending: [Item] = []

    /// Replaces whatever was queued or playing; returns the new generation.
    @discardableResult
    mutating func replace(with items: [Item]) -> Int {
        generation += 1
        pending = items
        return generation
    }

    /// The next item to play and the generation it belongs to.
    mutating func next() -> (item: Item, generation: Int)? {
        guard !pending.isEmpty else { return nil }
        return (pending.removeFirst(), generation)
    }

    /// Whether an item taken in `generation` should still play.
    func isCurrent(_ generation: Int) -> Bool { generation == self.generation }

    var isEmpty: Bool { pending.isEmpty }
}
