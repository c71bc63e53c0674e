extension XForm {
    /// An answer as a person reads it: a choice's label in `language`, not its code (several, for a
    /// select, joined with ", "); other answers as they are. Nil when there is no answer.
    public func answerText(_ value: String?, for question: Question, language: String) -> String? {
        answerText(value, choices: question.choices, language: language)
    }

    /// `answerText` with the choices as they stand (an itemset's are known only from the data).
    public func answerText(_ value: String?, choices: [Choice], language: String) -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard !choices.isEmpty else { return value }
        return value.split(separator: " ").map { part in
            choices.first { $0.value == part }.flatMap { text(for: $0.label, language: language) } ?? String(part)
        }.joined(separator: ", ")
    }
}
