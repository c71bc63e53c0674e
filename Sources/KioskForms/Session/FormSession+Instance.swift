import Foundation

extension FormSession {
    /// A session holding a submitted instance's data (a finalized draft, an upload), at the end:
    /// for printing the form from a submission, and for staff viewing it. Repeat instances are made
    /// as the instance has them; calculations and relevance are brought up to date.
    ///
    /// Throws `.malformedXML` for bad XML and `.badSnapshot` when the instance is of another form.
    public init(form: XForm, instanceXML: Data, startedAt: Date) throws(FormError) {
        self.init(form: form, startedAt: startedAt)
        let root = try ParsedElement.read(instanceXML)
        guard let dataRoot = data.root, root.qualifiedName == data[dataRoot].name,
            root.attribute("id") == form.id
        else {
            throw .badSnapshot("the instance is not of form \(form.id)")
        }
        merge(root, into: dataRoot, form: form)
        refresh(changed: nil, in: form)
        position = .end
    }

    /// Copies the values of `element`'s subtree into the data under `node`, adding repeat instances.
    private mutating func merge(_ element: ParsedElement, into node: Int, form: XForm) {
        var seen: [String: Int] = [:]
        for child in element.children {
            let path = data[node].path + "/" + child.qualifiedName
            let occurrence = seen[path, default: 0]
            seen[path] = occurrence + 1
            var target: Int?
            if form.repeatPaths.contains(path) {
                var existing = instances(of: path, under: node)
                while existing.count <= occurrence,
                    let added = addInstance(of: path, under: node, after: existing.last)
                {
                    existing.append(added)
                }
                target = existing.count > occurrence ? existing[occurrence] : nil
            } else {
                target = data[node].children.first { !data[$0].isTemplate && data[$0].name == child.qualifiedName }
            }
            guard let target else { continue }
            if child.children.isEmpty {
                data.setValue(child.text.trimmingCharacters(in: .whitespacesAndNewlines), at: target)
            } else {
                merge(child, into: target, form: form)
            }
        }
    }

    /// Every question shown as the data stands, in order, with its choices as they are now.
    public func questions(in form: XForm) -> [ScreenQuestion] {
        screens(in: form).flatMap(\.questions)
    }
}
