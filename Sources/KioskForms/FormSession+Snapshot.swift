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

    /// Checks that a decoded session fits this form: same id and version, index in range, every
    /// answer at a question and already in canonical form. A draft saved before a form update
    /// fails here instead of showing answers to questions that changed.
    public func verify(against form: XForm) throws(FormError) {
        guard formID == form.id else { throw .badSnapshot("form \(formID), expected \(form.id)") }
        guard formVersion == form.version else {
            throw .badSnapshot("form version \(formVersion ?? "none"), expected \(form.version ?? "none")")
        }
        guard (0...form.questions.count).contains(index) else {
            throw .badSnapshot("index \(index) outside 0...\(form.questions.count)")
        }
        for (path, value) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = form.question(at: path) else { throw .badSnapshot("answer at \(path), no question") }
            guard (try? question.canonicalValue(value)) == value else {
                throw .badSnapshot("answer at \(path) is not a valid \(question.dataType.rawValue)")
            }
        }
    }
}
