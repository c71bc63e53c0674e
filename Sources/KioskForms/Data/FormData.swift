/// A node as XPath sees it: an element of one of the form's instances, or one of its attributes.
public struct DataNode: Hashable, Sendable {
    /// 0 for the primary instance, then the secondary instances in the form's order.
    var tree: Int
    var index: Int
    /// The attribute's position in the element's attributes; -1 for the element itself.
    var attribute: Int = -1
}

/// The data XPath expressions read: the session's primary instance and the form's secondary ones.
struct FormData: XPathDataModel {
    var primary: DataTree
    var secondary: [DataTree]
    var secondaryIDs: [String: Int]

    func tree(_ node: DataNode) -> DataTree? {
        node.tree == 0 ? primary : (secondary.indices.contains(node.tree - 1) ? secondary[node.tree - 1] : nil)
    }

    func documentRoot(instance id: String?) -> DataNode? {
        guard let id else { return DataNode(tree: 0, index: 0) }
        return secondaryIDs[id].map { DataNode(tree: $0 + 1, index: 0) }
    }

    func parent(of node: DataNode) -> DataNode? {
        if node.attribute >= 0 { return DataNode(tree: node.tree, index: node.index) }
        return tree(node)?[node.index].parent.map { DataNode(tree: node.tree, index: $0) }
    }

    func children(of node: DataNode) -> [DataNode] {
        guard node.attribute < 0, let tree = tree(node) else { return [] }
        return tree.liveChildren(of: node.index).map { DataNode(tree: node.tree, index: $0) }
    }

    func attributes(of node: DataNode) -> [DataNode] {
        guard node.attribute < 0, let tree = tree(node) else { return [] }
        return tree[node.index].attributes.indices.map { DataNode(tree: node.tree, index: node.index, attribute: $0) }
    }

    func name(of node: DataNode) -> String {
        guard let tree = tree(node) else { return "" }
        let element = tree[node.index]
        if node.attribute >= 0, element.attributes.indices.contains(node.attribute) {
            return element.attributes[node.attribute].localName
        }
        return element.localName
    }

    func stringValue(of node: DataNode) -> String {
        guard let tree = tree(node) else { return "" }
        if node.attribute >= 0 {
            let attributes = tree[node.index].attributes
            return attributes.indices.contains(node.attribute) ? attributes[node.attribute].value : ""
        }
        return tree.stringValue(of: node.index)
    }

    func precedes(_ a: DataNode, _ b: DataNode) -> Bool {
        guard a.tree == b.tree, let tree = tree(a) else { return a.tree < b.tree }
        if a.index == b.index { return a.attribute < b.attribute }
        return tree.precedes(a.index, b.index)
    }
}
