/// Words that may quote answers: label or itext text with `<output value="..."/>` in it.
struct TextTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case output(FormExpression)
    }

    var parts: [Part]

    init(_ text: String) {
        parts = [.text(text)]
    }

    init(parts: [Part]) {
        self.parts = parts
    }

    /// The text with every output left empty, for places with no data (form checks, menus).
    var plain: String {
        parts.map { part in
            if case .text(let text) = part { return text }
            return ""
        }.joined()
    }

    var outputs: [FormExpression] {
        parts.compactMap { part in
            if case .output(let expression) = part { return expression }
            return nil
        }
    }
}
