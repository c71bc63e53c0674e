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
                let raw =
                    (try? evaluate(count, at: parent, in: form))?.asNumber(using: model(form), timeZone: timeZone) ?? 0
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

    /// Copies the repeat's template as a new instance after `sibling`; nil when the form has none.
    mutating func addInstance(of path: String, under parent: Int, after sibling: Int?) -> Int? {
        guard let template = data.nodes.indices.first(where: { data[$0].isTemplate && data[$0].path == path }) else {
            return nil
        }
        return data.copy(template, under: parent, after: sibling)
    }

    static func parentPath(of path: String) -> String {
        String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }
}
