import KioskForms

/// The answers of a form session as an XPath data model, for checklist conditions.
///
/// KioskForms keeps its own evaluation entry point internal, so conditions see the session through
/// its public API: every question on the session's screens (relevant ones, with repeat indices) with
/// its value, every other question of the form as an empty node (non-relevant: what the submission
/// says), and the calculated nodes a condition names (`FormSession.value(at:)`).
struct AnswerTree: XPathDataModel {
    struct Node: Hashable {
        var index: Int
    }

    private struct Element {
        var name: String
        var value: String
        var parent: Int?
        var children: [Int]
    }

    private var elements: [Element]
    /// Document order, from a pre-order walk once the tree is complete.
    private var order: [Int] = []

    /// The root element (`/data`): the context node of a condition.
    var rootElement: Node { Node(index: 1) }

    init(session: FormSession, form: XForm, reading paths: [XPathPath]) {
        elements = [
            Element(name: "", value: "", parent: nil, children: [1]),
            Element(name: form.rootName, value: "", parent: 0, children: []),
        ]
        var shown = Set<String>()
        var repeats = Set<String>()
        for screen in session.screens(in: form) {
            if case .repeatPrompt(let path, _, _) = screen.kind { repeats.insert(path) }
            for question in screen.questions {
                insert(question.path, value: question.value ?? "")
                shown.insert(question.question.path)
                repeats.formUnion(Self.repeatedSteps(of: question.path))
            }
        }
        for question in form.questions where !shown.contains(question.path) {
            // A question inside a repeat has a node only in the repeat's instances.
            guard !repeats.contains(where: { question.path.hasPrefix($0 + "/") }) else { continue }
            insert(question.path, value: "")
        }
        for path in paths {
            guard let plain = Self.plainPath(path, root: form.rootName), form.question(at: plain) == nil,
                node(at: plain) == nil
            else { continue }
            insert(plain, value: session.value(at: plain) ?? "")
        }
        order = Array(repeating: 0, count: elements.count)
        var next = 0
        var stack = [0]
        while let index = stack.popLast() {
            order[index] = next
            next += 1
            stack.append(contentsOf: elements[index].children.reversed())
        }
    }

    func documentRoot(instance id: String?) -> Node? { id == nil ? Node(index: 0) : nil }
    func parent(of node: Node) -> Node? { elements[node.index].parent.map(Node.init) }
    func children(of node: Node) -> [Node] { elements[node.index].children.map(Node.init) }
    func attributes(of node: Node) -> [Node] { [] }
    func name(of node: Node) -> String { elements[node.index].name }
    func precedes(_ a: Node, _ b: Node) -> Bool { order[a.index] < order[b.index] }

    func stringValue(of node: Node) -> String {
        let element = elements[node.index]
        guard !element.children.isEmpty else { return element.value }
        return element.children.map { stringValue(of: Node(index: $0)) }.joined()
    }

    /// The path without repeat indices of a node: what `XForm.question(at:)` takes.
    func genericPath(of node: Node) -> String {
        var names: [String] = []
        var current: Int? = node.index
        while let index = current, index != 0 {
            names.append(elements[index].name)
            current = elements[index].parent
        }
        return "/" + names.reversed().joined(separator: "/")
    }

    /// Adds the node at a concrete path ("/data/child[2]/name"), creating what lies on the way.
    private mutating func insert(_ path: String, value: String) {
        var current = 1
        for step in Self.steps(path).dropFirst() {
            let (name, position) = Self.step(step)
            var same = elements[current].children.filter { elements[$0].name == name }
            while same.count < position {
                elements.append(Element(name: name, value: "", parent: current, children: []))
                elements[current].children.append(elements.count - 1)
                same.append(elements.count - 1)
            }
            current = same[position - 1]
        }
        elements[current].value = value
    }

    private func node(at path: String) -> Int? {
        var current = 1
        for step in Self.steps(path).dropFirst() {
            let (name, position) = Self.step(step)
            let same = elements[current].children.filter { elements[$0].name == name }
            guard position <= same.count else { return nil }
            current = same[position - 1]
        }
        return current
    }

    private static func steps(_ path: String) -> [Substring] {
        path.split(separator: "/")
    }

    /// "child[2]" -> ("child", 2); "name" -> ("name", 1); a bad index counts as 1.
    private static func step(_ step: Substring) -> (name: String, position: Int) {
        guard step.hasSuffix("]"), let open = step.firstIndex(of: "["),
            let position = Int(step[step.index(after: open)..<step.index(before: step.endIndex)]), position >= 1
        else { return (String(step), 1) }
        return (String(step[..<open]), position)
    }

    /// The generic paths of the repeated steps of a concrete path: "/data/child[2]/name" -> "/data/child".
    private static func repeatedSteps(of path: String) -> [String] {
        var prefix = ""
        var found: [String] = []
        for step in steps(path) {
            let (name, _) = Self.step(step)
            prefix += "/" + name
            if step.hasSuffix("]") { found.append(prefix) }
        }
        return found
    }

    /// "/data/origin/kind" for an absolute path of plain child steps under the root; nil otherwise.
    private static func plainPath(_ path: XPathPath, root: String) -> String? {
        guard path.start == .root, !path.steps.isEmpty else { return nil }
        var names: [String] = []
        for step in path.steps {
            guard step.axis == .child, step.predicates.isEmpty, case .name(let name) = step.test else { return nil }
            names.append(name.split(separator: ":").last.map(String.init) ?? name)
        }
        return names.first == root ? "/" + names.joined(separator: "/") : nil
    }
}
