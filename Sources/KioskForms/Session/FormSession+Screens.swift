extension FormSession {
    /// The screens the citizen goes through now, in order: relevant questions one per screen, a
    /// field-list group on one screen, each repeat instance's questions, then "add another?" where
    /// the citizen decides the number of instances.
    public func screens(in form: XForm) -> [FormScreen] {
        guard let root = data.root else { return [] }
        var screens: [FormScreen] = []
        collect(form.controls, context: root, form: form, into: &screens)
        return screens
    }

    private func collect(_ controls: [FormControl], context: Int, form: XForm, into screens: inout [FormScreen]) {
        for control in controls {
            switch control {
            case .question(let question):
                guard let screenQuestion = screenQuestion(question, near: context, form: form) else { continue }
                screens.append(FormScreen(key: "q:" + screenQuestion.path, kind: .questions([screenQuestion])))
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
                let questions = group.controls.flatMap(\.questionsOutsideRepeats).compactMap {
                    screenQuestion($0, near: node, form: form)
                }
                guard let first = questions.first else { continue }
                let key = "g:" + (group.path.map { _ in concretePath(of: node, in: form) } ?? first.path)
                screens.append(FormScreen(key: key, kind: .questions(questions), groupLabel: group.label))
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
                        FormScreen(
                            key: "r:" + concretePath(of: parent, in: form) + "|" + repeatGroup.path,
                            kind: .repeatPrompt(
                                repeatPath: repeatGroup.path, label: repeatGroup.label, count: instances.count),
                            groupLabel: repeatGroup.label))
                }
            }
        }
    }

    /// A question where it stands now, or nil when it is not relevant.
    func screenQuestion(_ question: Question, near context: Int, form: XForm) -> ScreenQuestion? {
        guard let node = node(for: question.path, near: context), data.isRelevant(node) else { return nil }
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
