import Foundation

@testable import KioskForms

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A tiny in-memory `XPathDataModel` built from XML strings, for the XPath tests.
struct TestXMLModel: XPathDataModel {
    /// A node is its index in the model's tables; document order is that index.
    struct Node: Hashable, CustomStringConvertible {
        let index: Int

        var description: String { "#\(index)" }
    }

    private var names: [String] = []
    private var parents: [Int?] = []
    private var childIndices: [[Int]] = []
    private var attributeIndices: [[Int]] = []
    private var texts: [String] = []
    private var isAttribute: [Bool] = []
    private var roots: [String: Int] = [:]
    private static let primaryKey = "\u{0}primary"

    /// Builds the model from the primary instance and secondary instances by id.
    init(primary: String, instances: [String: String] = [:]) throws {
        try add(xml: primary, key: Self.primaryKey)
        for (id, xml) in instances.sorted(by: { $0.key < $1.key }) {
            try add(xml: xml, key: id)
        }
    }

    private mutating func newNode(name: String, parent: Int?, attribute: Bool = false) -> Int {
        names.append(name)
        parents.append(parent)
        childIndices.append([])
        attributeIndices.append([])
        texts.append("")
        isAttribute.append(attribute)
        return names.count - 1
    }

    private mutating func add(xml: String, key: String) throws {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        let document = newNode(name: "#document", parent: nil)
        roots[key] = document
        var stack = [document]
        for event in builder.events {
            switch event {
            case .start(let name, let attributes):
                let parent = stack[stack.count - 1]
                let element = newNode(name: name, parent: parent)
                childIndices[parent].append(element)
                for (attributeName, value) in attributes.sorted(by: { $0.key < $1.key }) {
                    let attribute = newNode(name: attributeName, parent: element, attribute: true)
                    texts[attribute] = value
                    attributeIndices[element].append(attribute)
                }
                stack.append(element)
            case .text(let text):
                let current = stack[stack.count - 1]
                texts[current] += text
            case .end:
                let finished = stack.removeLast()
                if !childIndices[finished].isEmpty { texts[finished] = "" }
            }
        }
    }

    /// The node at an absolute path of local names, e.g. "/data/address/commune"; first match per step.
    func node(_ path: String, instance: String? = nil) -> Node? {
        guard var current = roots[instance ?? Self.primaryKey] else { return nil }
        for name in path.split(separator: "/") {
            guard let next = childIndices[current].first(where: { names[$0] == name }) else { return nil }
            current = next
        }
        return Node(index: current)
    }

    func documentRoot(instance id: String?) -> Node? {
        roots[id ?? Self.primaryKey].map(Node.init)
    }

    func parent(of node: Node) -> Node? {
        parents[node.index].map(Node.init)
    }

    func children(of node: Node) -> [Node] {
        childIndices[node.index].map(Node.init)
    }

    func attributes(of node: Node) -> [Node] {
        attributeIndices[node.index].map(Node.init)
    }

    func name(of node: Node) -> String {
        names[node.index]
    }

    func stringValue(of node: Node) -> String {
        if isAttribute[node.index] || childIndices[node.index].isEmpty { return texts[node.index] }
        return childIndices[node.index].map { stringValue(of: Node(index: $0)) }.joined()
    }

    func precedes(_ a: Node, _ b: Node) -> Bool {
        a.index < b.index
    }
}

/// Collects XMLParser callbacks as events; whitespace-only text between elements is dropped.
private final class Builder: NSObject, XMLParserDelegate {
    enum Event {
        case start(String, [String: String])
        case text(String)
        case end
    }

    var events: [Event] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        events.append(.start(local, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { events.append(.text(string)) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        events.append(.end)
    }
}
