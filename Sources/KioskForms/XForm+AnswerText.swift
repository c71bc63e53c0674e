extension XForm {
    /// An answer as a person reads it: a choice's label in `language`, not its code (several, for a
    /// select, joined with ", "); other answers as they are. Nil when there is no answer.
    public func answerText(_ value: String?, for question: Question, language: String) -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard !question.choices.isEmpty else { return value }
        return value.split(separator: " ").map { part in
            question.choices.first { $0.value == part }.flatMap { text(for: $0.label, language: language) }
                ?? String(part)
        }.joined(separator: ", ")
    }
}
