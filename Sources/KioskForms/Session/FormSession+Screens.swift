extension FormSession {
    /// The screens the citizen goes through now, in order: relevant questions one per screen, a
    /// field-list group on one screen, each repeat instance's questions, then "add another?" where
    /// the citizen decides the number of instances.
    public func screens(in form: XForm) -> [FormScreen] {
        layout(in: form).map { detail($0, in: form) }
    }

    /// A screen before its details are worked out: the questions' nodes, not their state.
    struct Slot {
        var key: String
        var kind: Kind
        var groupLabel: Label?

        enum Kind {
            case questions([(Question, Int)])
            case repeatPrompt(repeatPath: String, label: Label?, count: Int)
        }
    }

    /// The screens in order, cheaply: what navigation needs. Only a shown screen is detailed.
    func layout(in form: XForm) -> [Slot] {
        guard let root = data.root else { return [] }
        var slots: [Slot] = []
        collect(form.controls, context: root, form: form, into: &slots)
        return slots
    }

    /// A slot with each question's value, requiredness, readonliness and choices as they stand.
    func detail(_ slot: Slot, in form: XForm) -> FormScreen {
        switch slot.kind {
        case .questions(let questions):
            return FormScreen(
                key: slot.key, kind: .questions(questions.map { screenQuestion($0.0, node: $0.1, form: form) }),
                groupLabel: slot.groupLabel)
        case .repeatPrompt(let path, let label, let count):
            return FormScreen(
                key: slot.key, kind: .repeatPrompt(repeatPath: path, label: label, count: count),
                groupLabel: slot.groupLabel)
        }
    }

    private func collect(_ controls: [FormControl], context: Int, form: XForm, into screens: inout [Slot]) {
        for control in controls {
            switch control {
            case .question(let question):
                guard let node = relevantNode(question, near: context) else { continue }
                screens.append(Slot(key: "q:" + concretePath(of: node, in: form), kind: .questions([(question, node)])))
            case .group(let group):
                var node = context
                // pyxform wraps a repeat in a group with the same ref: that group is the repeat's
                // frame, not a node of its own, and must show even before the first instance.
                if let path = group.path, !form.repeatPaths.contains(path) {
                    guard let found = self.node(for: path, near: context), data.isRelevant(found) else { continue }
                    node = found
                }
                guard group.isFieldList else {
                    collect(group.controls, context: node, form: form, into: &screens)
                    continue
                }
                let questions = group.controls.flatMap(\.questionsOutsideRepeats).compactMap { question in
                    relevantNode(question, near: node).map { (question, $0) }
                }
                guard let first = questions.first else { continue }
                let key = "g:" + concretePath(of: group.path == nil ? first.1 : node, in: form)
                screens.append(Slot(key: key, kind: .questions(questions), groupLabel: group.label))
            case .repeatGroup(let repeatGroup):
                guard let parent = node(for: Self.parentPath(of: repeatGroup.path), near: context),
                    data.isRelevant(parent)
                else { continue }
                let instances = instances(of: repeatGroup.path, under: parent)
                for instance in instances where data.isRelevant(instance) {
                    collect(repeatGroup.controls, context: instance, form: form, into: &screens)
                }
                if repeatGroup.canAddRemove {
                    screens.append(
                        Slot(
                            key: "r:" + concretePath(of: parent, in: form) + "|" + repeatGroup.path,
                            kind: .repeatPrompt(
                                repeatPath: repeatGroup.path, label: repeatGroup.label, count: instances.count),
                            groupLabel: repeatGroup.label))
                }
            }
        }
    }

    /// The node of a question near `context`, when it is relevant.
    func relevantNode(_ question: Question, near context: Int) -> Int? {
        guard let node = node(for: question.path, near: context), data.isRelevant(node) else { return nil }
        return node
    }

    /// A question where it stands now.
    func screenQuestion(_ question: Question, node: Int, form: XForm) -> ScreenQuestion {
        let bind = form.bind(for: question.path)
        let value = data[node].value
        return ScreenQuestion(
            question: question, path: concretePath(of: node, in: form), value: value.isEmpty ? nil : value,
            isRequired: truth(bind?.required, at: node, in: form, fallback: false),
            isReadonly: bind?.calculate != nil || truth(bind?.readonly, at: node, in: form, fallback: false),
            choices: question.itemset == nil ? question.choices : itemsetChoices(question, at: node, in: form))
    }
}

extension FormControl {
    /// The questions of a field-list group: nested groups flattened; repeats have screens of their own.
    var questionsOutsideRepeats: [Question] {
        switch self {
        case .question(let question): [question]
        case .group(let group): group.controls.flatMap(\.questionsOutsideRepeats)
        case .repeatGroup: []
        }
    }
}
