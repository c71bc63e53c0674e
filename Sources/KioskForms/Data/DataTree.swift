/// One instance as an arena of nodes: the primary instance, which grows and shrinks as a citizen
/// answers and adds repeats, or a secondary instance (choice data), which never changes.
///
/// Node 0 is the document node; its only child is the instance's root element. Removed nodes are
/// unlinked, not deleted, so indices held elsewhere stay valid until `compacted()`.
struct DataTree: Sendable, Equatable, Codable {
    struct Node: Sendable, Equatable, Codable {
        /// The element name as written, prefix included.
        var name: String
        var namespaceURI: String?
        var attributes: [Attribute]
        var parent: Int?
        var children: [Int]
        var value: String
        /// The path with no indices, e.g. "/data/child/name": the key of binds and body controls.
        var path: String
        /// A `jr:template` repeat: the pattern of new instances, never data itself.
        var isTemplate: Bool
        /// The node's own relevance (from its bind); a node is relevant when it and every ancestor are.
        var isRelevant = true

        /// The local part of the name.
        var localName: String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }
    }

    struct Attribute: Sendable, Equatable, Codable {
        var name: String
        var namespaceURI: String?
        var value: String

        var localName: String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }
    }

    private(set) var nodes: [Node]

    /// Path -> the live nodes at that path (linked into the tree, not inside a template), in no
    /// particular order: finding a question's node must not scan its siblings.
    private var live: [String: [Int]] = [:]

    /// A tree holding only the document node.
    init() {
        nodes = [
            Node(name: "#document", attributes: [], parent: nil, children: [], value: "", path: "", isTemplate: false)
        ]
    }

    enum CodingKeys: String, CodingKey { case nodes }

    init(from decoder: Decoder) throws {
        nodes = try decoder.container(keyedBy: CodingKeys.self).decode([Node].self, forKey: .nodes)
        // The index is derived; a snapshot whose links are broken is refused by FormSession.verify
        // before anything walks it, so indexing only what hangs from the document node is safe.
        reindex()
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nodes, forKey: .nodes)
    }

    static func == (a: DataTree, b: DataTree) -> Bool {
        a.nodes == b.nodes
    }

    /// Rebuilds `live` from the links (bounded: each node is visited at most once).
    private mutating func reindex() {
        live = [:]
        var visited = Set<Int>()
        var stack = [0]
        while let index = stack.popLast() {
            guard nodes.indices.contains(index), visited.insert(index).inserted, !nodes[index].isTemplate else {
                continue
            }
            if index != 0 { live[nodes[index].path, default: []].append(index) }
            stack += nodes[index].children
        }
    }

    /// Adds a subtree's live nodes to the index, or takes them out.
    private mutating func index(_ index: Int, adding: Bool) {
        guard !nodes[index].isTemplate else { return }
        if adding {
            live[nodes[index].path, default: []].append(index)
        } else {
            live[nodes[index].path]?.removeAll { $0 == index }
        }
        for child in nodes[index].children { self.index(child, adding: adding) }
    }

    /// The live nodes at a path, in no particular order.
    func liveNodes(at path: String) -> [Int] {
        live[path] ?? []
    }

    /// The tree of a parsed element, which becomes the root element.
    init(root element: ParsedElement) {
        self.init()
        add(element, under: 0)
    }

    /// The root element's index, when the tree has one.
    var root: Int? { nodes[0].children.first }

    subscript(index: Int) -> Node {
        nodes[index]
    }

    /// Appends a parsed element (and its subtree) as the last child of `parent`; returns its index.
    @discardableResult
    mutating func add(_ element: ParsedElement, under parent: Int) -> Int {
        let index = nodes.count
        let path = nodes[parent].path + "/" + element.qualifiedName
        let isTemplate = element.attributes.contains { $0.localName == "template" && $0.qualifiedName.hasPrefix("jr:") }
        nodes.append(
            Node(
                name: element.qualifiedName, namespaceURI: element.namespaceURI,
                attributes: element.attributes.map {
                    Attribute(name: $0.qualifiedName, namespaceURI: $0.namespaceURI, value: $0.value)
                },
                parent: parent, children: [],
                value: element.children.isEmpty ? element.text.trimmingCharacters(in: .whitespacesAndNewlines) : "",
                path: path, isTemplate: isTemplate))
        nodes[parent].children.append(index)
        if !isTemplate, isLive(parent) { live[path, default: []].append(index) }
        for child in element.children { add(child, under: index) }
        return index
    }

    /// Copies the subtree at `source` as a new child of `parent`, after `sibling` (or last); a copy
    /// is never a template. Returns the new node's index.
    @discardableResult
    mutating func copy(_ source: Int, under parent: Int, after sibling: Int?) -> Int {
        let index = copySubtree(source, under: parent, top: true)
        nodes[parent].children.removeLast()
        let position = sibling.flatMap { nodes[parent].children.firstIndex(of: $0).map { $0 + 1 } }
        nodes[parent].children.insert(index, at: position ?? nodes[parent].children.count)
        if isLive(parent) { self.index(index, adding: true) }
        return index
    }

    /// Copies a subtree; only its top loses the template mark, so a repeat nested in a repeat keeps
    /// its own template inside each new instance.
    private mutating func copySubtree(_ source: Int, under parent: Int, top: Bool) -> Int {
        var node = nodes[source]
        node.parent = parent
        node.children = []
        node.isRelevant = true
        if top {
            node.isTemplate = false
            node.attributes.removeAll { $0.localName == "template" && $0.name.hasPrefix("jr:") }
        }
        let index = nodes.count
        nodes.append(node)
        nodes[parent].children.append(index)
        for child in nodes[source].children { _ = copySubtree(child, under: index, top: false) }
        return index
    }

    /// Unlinks a node (and so its subtree) from its parent.
    mutating func remove(_ index: Int) {
        guard let parent = nodes[index].parent else { return }
        if isLive(index) { self.index(index, adding: false) }
        nodes[parent].children.removeAll { $0 == index }
        nodes[index].parent = nil
    }

    mutating func setValue(_ value: String, at index: Int) {
        nodes[index].value = value
    }

    /// Makes a node the template of its repeat: kept out of the data, copied for new instances.
    mutating func markTemplate(_ index: Int) {
        if isLive(index) { self.index(index, adding: false) }
        nodes[index].isTemplate = true
    }

    mutating func setRelevant(_ relevant: Bool, at index: Int) {
        nodes[index].isRelevant = relevant
    }

    /// Whether the node is linked into the tree (not removed) and not inside a template.
    func isLive(_ index: Int) -> Bool {
        var current: Int? = index
        while let i = current {
            if i == 0 { return true }
            if nodes[i].isTemplate { return false }
            current = nodes[i].parent
        }
        return false
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        var current: Int? = node
        while let index = current {
            if index == ancestor { return true }
            current = nodes[index].parent
        }
        return false
    }

    /// Whether the node and all its ancestors are relevant.
    func isRelevant(_ index: Int) -> Bool {
        var current: Int? = index
        while let i = current {
            if !nodes[i].isRelevant { return false }
            current = nodes[i].parent
        }
        return true
    }

    /// The live element children of a node, templates left out.
    func liveChildren(of index: Int) -> [Int] {
        nodes[index].children.filter { !nodes[$0].isTemplate }
    }

    /// Every live node whose path is `path`, in document order.
    func nodes(at path: String) -> [Int] {
        let found = liveNodes(at: path)
        return found.count < 2 ? found : found.sorted(by: precedes)
    }

    /// The text of a node as XPath reads it: a leaf's value, else its descendants' text in order.
    func stringValue(of index: Int) -> String {
        let node = nodes[index]
        guard !node.children.isEmpty else { return node.value }
        return liveChildren(of: index).map(stringValue(of:)).joined()
    }

    /// Whether `a` comes before `b` in document order.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let chainA = ancestry(a)
        let chainB = ancestry(b)
        for (x, y) in zip(chainA, chainB) where x != y {
            // The first difference is between two siblings: their order under the parent decides.
            guard let parent = nodes[x].parent, let ix = nodes[parent].children.firstIndex(of: x),
                let iy = nodes[parent].children.firstIndex(of: y)
            else { return x < y }
            return ix < iy
        }
        return chainA.count < chainB.count
    }

    /// Indices from the document node down to `index`.
    private func ancestry(_ index: Int) -> [Int] {
        var chain: [Int] = []
        var current: Int? = index
        while let i = current, chain.count <= nodes.count {
            chain.append(i)
            current = nodes[i].parent
        }
        return chain.reversed()
    }
}
