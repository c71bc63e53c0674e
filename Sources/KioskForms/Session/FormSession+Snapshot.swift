import Foundation

extension FormSession {
    /// Encodes the session for the drafts table: JSON with sorted keys (so equal sessions give
    /// equal bytes) and dates as seconds, which round-trip exactly.
    public func snapshot() throws(FormError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return try encoder.encode(self)
        } catch {
            throw .badSnapshot("cannot encode: \(error)")
        }
    }

    /// Restores a session saved with `snapshot()` and checks it against the form.
    public init(snapshot: Data, form: XForm) throws(FormError) {
        do {
            self = try JSONDecoder().decode(FormSession.self, from: snapshot)
        } catch {
            throw .badSnapshot("cannot decode: \(error)")
        }
        try verify(against: form)
    }

    /// Checks that a restored session fits the form: same id and version, and data of the form's
    /// shape (every node a path of the form, links between nodes consistent, answers valid).
    public func verify(against form: XForm) throws(FormError) {
        guard formID == form.id else { throw .badSnapshot("form \(formID), expected \(form.id)") }
        guard formVersion == form.version else {
            throw .badSnapshot("form version \(formVersion ?? "none"), expected \(form.version ?? "none")")
        }
        let paths = Set(form.template.nodes.map(\.path))
        let count = data.nodes.count
        guard count > 1, data[0].parent == nil,
            data.root.map({ data[$0].path }) == form.template.root.map({ form.template[$0].path })
        else {
            throw .badSnapshot("data has no root element of this form")
        }
        for (index, node) in data.nodes.enumerated() {
            guard paths.contains(node.path) else { throw .badSnapshot("node \(node.path) is not in the form") }
            guard node.children.allSatisfy({ $0 > index && $0 < count && data[$0].parent == index }) else {
                throw .badSnapshot("node \(index) has inconsistent children")
            }
            if let parent = node.parent, !(parent < index && data[parent].children.contains(index)) {
                throw .badSnapshot("node \(index) has an inconsistent parent")
            }
        }
        for screen in screens(in: form) {
            for question in screen.questions {
                guard let value = question.value else { continue }
                let canonical = try? question.question.canonicalValue(
                    value, choices: question.choices, path: question.path)
                guard canonical == value else {
                    throw .badSnapshot(
                        "answer at \(question.path) is not a valid \(question.question.dataType.rawValue)")
                }
            }
        }
    }
}
