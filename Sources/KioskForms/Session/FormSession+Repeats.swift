extension FormSession {
    /// Adds or removes instances so each `jr:count` repeat has as many as its count says; returns
    /// the paths of the repeats that changed. With `strict`, a count over `maximumRepeats` is an
    /// error; otherwise it is held at the maximum.
    mutating func syncRepeatCounts(in form: XForm, strict: Bool) throws(FormError) -> Set<String> {
        var resized = Set<String>()
        for repeatGroup in form.controls.flatMap(\.repeats) {
            guard let count = repeatGroup.count else { continue }
            let parentPath = Self.parentPath(of: repeatGroup.path)
            for parent in data.nodes(at: parentPath) {
                // jr:count is relative to the repeat itself (pyxform writes `../size`): its template
                // under this parent stands in for it, since there may be no instance yet.
                let context = template(of: repeatGroup.path, under: parent) ?? parent
                let raw =
                    (try? evaluate(count, at: context, in: form))?.asNumber(using: model(form), timeZone: timeZone) ?? 0
                let wanted = raw.isFinite && raw > 0 ? min(raw.rounded(.down), Double(Int32.max)) : 0
                if wanted > Double(Self.maximumRepeats) && strict {
                    throw .tooManyRepeats(path: repeatGroup.path, count: Int(wanted))
                }
                let target = min(Int(wanted), Self.maximumRepeats)
                var instances = instances(of: repeatGroup.path, under: parent)
                guard instances.count != target else { continue }
                while instances.count > target, let last = instances.popLast() { data.remove(last) }
                while instances.count < target {
                    guard let added = addInstance(of: repeatGroup.path, under: parent, after: instances.last) else {
                        break
                    }
                    instances.append(added)
                }
                resized.insert(repeatGroup.path)
            }
        }
        return resized
    }

    /// The live instances of a repeat under one parent node, in order.
    func instances(of path: String, under parent: Int) -> [Int] {
        data.liveChildren(of: parent).filter { data[$0].path == path }
    }

    /// Copies the repeat's template as a new instance after `sibling`, or where the template stands
    /// when there is no instance yet, so the submission keeps the form's order; nil without a template.
    mutating func addInstance(of path: String, under parent: Int, after sibling: Int?) -> Int? {
        let local = template(of: path, under: parent)
        guard let template = local ?? data.nodes.indices.first(where: { data[$0].isTemplate && data[$0].path == path })
        else { return nil }
        return data.copy(template, under: parent, after: sibling ?? local)
    }

    /// The repeat's template among the children of `parent`.
    func template(of path: String, under parent: Int) -> Int? {
        data[parent].children.first { data[$0].isTemplate && data[$0].path == path }
    }

    static func parentPath(of path: String) -> String {
        String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }
}
