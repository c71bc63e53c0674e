import Foundation

extension FormSession {
    /// The data as XPath sees it.
    func model(_ form: XForm) -> FormData {
        FormData(primary: data, secondary: form.secondary, secondaryIDs: form.secondaryIDs)
    }

    /// Evaluates an expression with `node` of the primary instance as context and current node.
    func evaluate(_ expression: FormExpression, at node: Int, in form: XForm) throws(XPathError) -> XPathValue<DataNode>
    {
        let model = model(form)
        let language = language ?? form.defaultLanguage ?? ""
        let context = XPathContext(
            model: model, node: DataNode(tree: 0, index: node), now: now, timeZone: timeZone,
            itext: { id in form.text(id, language: language) },
            choiceName: { value, node in
                guard node.tree == 0, let question = form.question(at: data[node.index].path) else { return nil }
                let choices =
                    question.itemset == nil ? question.choices : itemsetChoices(question, at: node.index, in: form)
                return choices.first { $0.value == value }.flatMap { form.text(for: $0.label, language: language) }
            })
        return try expression.parsed.evaluate(in: context)
    }

    /// A boolean expression's value; `fallback` when it cannot be evaluated, so a broken condition
    /// neither hides a question nor blocks a citizen.
    func truth(_ expression: FormExpression?, at node: Int, in form: XForm, fallback: Bool) -> Bool {
        guard let expression else { return fallback }
        return (try? evaluate(expression, at: node, in: form).asBoolean) ?? fallback
    }

    /// An expression's value as stored or shown; a number that is not one (NaN) is nothing, as
    /// JavaRosa stores it, not the word "NaN".
    func string(_ expression: FormExpression, at node: Int, in form: XForm) -> String? {
        guard let value = try? evaluate(expression, at: node, in: form) else { return nil }
        if case .number(let number) = value, number.isNaN { return "" }
        return value.asString(using: model(form))
    }

    /// Brings calculations, relevance and computed repeat counts up to date after `changed` paths
    /// changed (nil: everything), in dependency order, evaluating only what reads a changed path.
    mutating func refresh(changed: Set<String>?, in form: XForm) {
        try? refreshCounting(changed: changed, in: form, limit: false)
    }

    /// `refresh` that refuses (`.tooManyRepeats`) a `jr:count` over the limit instead of clamping it.
    mutating func refreshCounting(changed: Set<String>?, in form: XForm, limit: Bool = true) throws(FormError) {
        // Items run in dependency order, so one pass settles nearly everything; another pass runs
        // on what the last one changed (a group's text read whole, repeat counts that calculations
        // feed), until nothing changes. Bounded: a real form settles in two or three.
        var pending = changed
        for _ in 0..<8 {
            var changedNow = Set<String>()
            for item in form.graph.items {
                if let touched = pending,
                    !item.reads.contains(where: { reference in touched.contains(where: reference.isTouched) })
                {
                    continue
                }
                for node in data.nodes(at: item.nodeset) {
                    switch item.kind {
                    case .calculate:
                        let value = string(item.expression, at: node, in: form) ?? ""
                        if value != data[node].value {
                            data.setValue(value, at: node)
                            changedNow.insert(item.nodeset)
                            pending?.insert(item.nodeset)
                        }
                    case .relevant:
                        let relevant = truth(item.expression, at: node, in: form, fallback: true)
                        if relevant != data[node].isRelevant {
                            data.setRelevant(relevant, at: node)
                            changedNow.insert(item.nodeset)
                            pending?.insert(item.nodeset)
                        }
                    }
                }
            }
            changedNow.formUnion(try syncRepeatCounts(in: form, strict: limit))
            guard !changedNow.isEmpty else { return }
            pending = changedNow
        }
    }

    /// The choices of an itemset as they stand: each item node's value and label.
    func itemsetChoices(_ question: Question, at node: Int, in form: XForm) -> [Choice] {
        guard let itemset = question.itemset,
            let items = (try? evaluate(itemset.nodeset, at: node, in: form))?.nodeSet
        else { return [] }
        let model = model(form)
        return items.compactMap { item in
            let context = XPathContext(
                model: model, node: item, current: DataNode(tree: 0, index: node), now: now, timeZone: timeZone)
            guard let value = try? itemset.value.parsed.evaluate(in: context).asString(using: model), !value.isEmpty,
                let label = try? itemset.label.parsed.evaluate(in: context).asString(using: model)
            else { return nil }
            return Choice(value: value, label: itemset.labelIsItextID ? Label(itextID: label) : Label(literal: label))
        }
    }

    /// The words of a label in the session's language, its `<output>`s filled in from the data as
    /// seen from the question at `path` (nil: the root).
    public func text(for label: Label, form: XForm, at path: String? = nil, textForm: TextForm = .long) -> String? {
        let language = language ?? form.defaultLanguage ?? ""
        let template: TextTemplate? =
            label.itextID.flatMap { form.template($0, language: language, form: textForm) }
            ?? (textForm == .long ? label.template ?? label.literal.map(TextTemplate.init) : nil)
        guard let template else { return nil }
        let node = path.flatMap(node(atConcretePath:)) ?? data.root ?? 0
        return template.parts.map { part in
            switch part {
            case .text(let text): text
            case .output(let expression): string(expression, at: node, in: form) ?? ""
            }
        }.joined()
    }
}
