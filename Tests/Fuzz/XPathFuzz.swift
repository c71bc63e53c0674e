// libFuzzer harness for the XPath engine: parse arbitrary bytes, check that the printed form parses back
// to the same tree, and evaluate against a small fixed model with a small work budget. Any trap,
// sanitizer report or timeout is a bug. Built by run-fuzz together with Sources/KioskForms/XPath.
import Foundation

/// A fixed tree: a primary instance with repeats and values, and one secondary instance.
private struct FuzzModel: XPathDataModel {
    struct Node: Hashable {
        let index: Int
    }

    // (name, parent, value); index order is document order, attributes right after their element.
    private static let table: [(String, Int?, String)] = [
        ("#document", nil, ""), ("data", 0, ""), ("id", 1, "form"), ("age", 1, "42"), ("dob", 1, "1982-03-05"),
        ("choices", 1, "a b c"), ("flag", 1, "false"), ("empty", 1, ""), ("people", 1, ""), ("person", 8, ""),
        ("name", 9, "Lan"), ("page", 9, "35"), ("person", 8, ""), ("name", 12, "Minh"), ("page", 12, "12"),
        ("when", 1, "2024-01-15T08:05:09.123+07:00"), ("#document", nil, ""), ("root", 16, ""), ("item", 17, ""),
        ("code", 18, "1"), ("name", 18, "Ia Grai"), ("item", 17, ""), ("code", 21, "2"), ("name", 21, "Đồng Văn"),
    ]
    private static let attributeIndices: Set<Int> = [2]

    func documentRoot(instance id: String?) -> Node? {
        switch id {
        case nil: Node(index: 0)
        case "communes"?: Node(index: 16)
        default: nil
        }
    }

    func parent(of node: Node) -> Node? {
        Self.table[node.index].1.map(Node.init)
    }

    func children(of node: Node) -> [Node] {
        Self.table.indices.filter { Self.table[$0].1 == node.index && !Self.attributeIndices.contains($0) }
            .map(Node.init)
    }

    func attributes(of node: Node) -> [Node] {
        Self.attributeIndices.filter { Self.table[$0].1 == node.index }.sorted().map(Node.init)
    }

    func name(of node: Node) -> String {
        Self.table[node.index].0
    }

    func stringValue(of node: Node) -> String {
        let kids = children(of: node)
        return kids.isEmpty ? Self.table[node.index].2 : kids.map(stringValue(of:)).joined()
    }

    func precedes(_ a: Node, _ b: Node) -> Bool {
        a.index < b.index
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let expression = try? XPathExpression.parse(text) else { return 0 }
    // Oracle: the canonical text must parse back to an equal tree.
    let printed = expression.description
    guard let again = try? XPathExpression.parse(printed), again == expression else {
        fatalError("round trip failed: \(text.debugDescription) printed as \(printed.debugDescription)")
    }
    _ = expression.paths
    _ = expression.functionCalls
    _ = XPathFunctions.problems(in: expression)
    let model = FuzzModel()
    var seed: UInt64 = 1
    for start in [1, 10, 19] {
        let context = XPathContext(
            model: model, node: FuzzModel.Node(index: start), current: FuzzModel.Node(index: 3),
            now: Date(timeIntervalSince1970: 1_705_339_800), timeZone: TimeZone(secondsFromGMT: 7 * 3600) ?? .current,
            itext: { $0.isEmpty ? nil : "text" }, choiceName: { value, _ in value },
            random: {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1
                return seed
            },
            workLimit: 20_000)
        if let value = try? expression.evaluate(in: context) {
            _ = value.asString(using: model)
            _ = value.asNumber(using: model)
        }
    }
    return 0
}
