import KioskForms

extension ChecklistItem {
    /// Whether the citizen must bring this item, given their answers so far.
    ///
    /// An item without a condition always applies. A condition that cannot be evaluated (a path
    /// the form does not have gives an empty value; this is for the rest, such as a function failing)
    /// counts as true: better one paper too many than a citizen turned back at the counter.
    public func applies(to session: FormSession, form: XForm) -> Bool {
        (try? evaluateCondition(session: session, form: form)) ?? true
    }

    /// The condition's value on the session, as the form engine evaluates XPath: the context node is
    /// the instance root (`/data`), `today()` is the session's `now` in its time zone, `jr:itext` and
    /// `jr:choice-name` read the form in the session's language. True when there is no condition.
    public func evaluateCondition(session: FormSession, form: XForm) throws(XPathError) -> Bool {
        guard let parsedCondition else { return true }
        let tree = AnswerTree(session: session, form: form, reading: parsedCondition.paths)
        let language = session.language ?? form.defaultLanguage ?? ""
        let context = XPathContext(
            model: tree, node: tree.rootElement, now: session.now, timeZone: session.timeZone,
            itext: { form.text($0, language: language) },
            choiceName: { value, node in
                guard let question = form.question(at: tree.genericPath(of: node)),
                    let choice = question.choices.first(where: { $0.value == value })
                else { return nil }
                return form.text(for: choice.label, language: language)
            },
            random: { 0 })
        return try parsedCondition.evaluate(in: context).asBoolean
    }
}

extension Procedure {
    /// The items this citizen must bring, in catalog order: those without a condition and those whose
    /// condition holds on the session (see ``ChecklistItem/applies(to:form:)``).
    public func checklist(for session: FormSession, form: XForm) -> [ChecklistItem] {
        checklist.filter { $0.applies(to: session, form: form) }
    }
}
