extension FormSession {
    /// The screen on display; nil at the end (the review).
    public func currentScreen(in form: XForm) -> FormScreen? {
        let slots = layout(in: form)
        return currentIndex(in: slots).flatMap { slots.indices.contains($0) ? detail(slots[$0], in: form) : nil }
    }

    /// The current screen's place in `screens` (`screens.count` at the end).
    public func currentIndex(in form: XForm) -> Int {
        let slots = layout(in: form)
        return currentIndex(in: slots) ?? slots.count
    }

    func currentIndex(in screens: [Slot]) -> Int? {
        switch position {
        case .end: return nil
        case .screen(let key, let ordinal):
            // A screen that an answer made non-relevant is gone: the one now in its place stands in.
            return screens.firstIndex { $0.key == key } ?? min(ordinal, screens.count)
        }
    }

    /// The first question of the screen on display; nil at the end or on a repeat prompt.
    public func currentQuestion(in form: XForm) -> ScreenQuestion? {
        currentScreen(in: form)?.questions.first
    }

    /// Whether every question passes its checks (required, constraint) as the data stands.
    public func isComplete(in form: XForm) -> Bool {
        firstProblem(in: form) == nil
    }

    /// Whether the citizen is past the last screen.
    public var isAtEnd: Bool { position == .end }

    /// Leaves the current screen forward, after checking each of its questions (required, then
    /// constraint). On a repeat prompt it means "no more". At the end it does nothing.
    public mutating func next(in form: XForm) throws(FormError) {
        let screens = layout(in: form)
        guard let index = currentIndex(in: screens) else { return }
        if screens.indices.contains(index) {
            for question in detail(screens[index], in: form).questions { try check(question, in: form) }
        }
        move(to: index + 1, in: screens)
    }

    /// Goes back one screen; does nothing at the first.
    public mutating func back(in form: XForm) {
        let screens = layout(in: form)
        let index = currentIndex(in: screens) ?? screens.count
        move(to: max(0, index - 1), in: screens)
    }

    /// Goes straight to a screen by key (the review's "change this answer"); an unknown key does nothing.
    public mutating func jump(to key: String, in form: XForm) {
        let screens = layout(in: form)
        if let index = screens.firstIndex(where: { $0.key == key }) { move(to: index, in: screens) }
    }

    /// Goes to the screen at `index` in `screens(in:)`, clamped; `screens.count` is the end.
    public mutating func jump(to index: Int, in form: XForm) {
        let screens = layout(in: form)
        move(to: min(max(0, index), screens.count), in: screens)
    }

    /// On a repeat prompt: adds an instance and goes to its first screen.
    public mutating func addRepeat(in form: XForm) throws(FormError) {
        guard let screen = currentScreen(in: form), case .repeatPrompt(let path, _, let count) = screen.kind,
            let parentPath = screen.key.dropFirst(2).split(separator: "|").first.map(String.init),
            let parent = node(atConcretePath: parentPath)
        else { return }
        guard count < Self.maximumRepeats else { throw .tooManyRepeats(path: path, count: count + 1) }
        guard let added = addInstance(of: path, under: parent, after: instances(of: path, under: parent).last) else {
            throw .unsupported("repeat \(path) without a template")
        }
        refresh(changed: [path], in: form)
        let screens = layout(in: form)
        let first = screens.firstIndex { slot in
            guard case .questions(let questions) = slot.kind else { return false }
            return questions.contains { data.isAncestor(added, of: $0.1) }
        }
        move(to: first ?? (currentIndex(in: screens) ?? screens.count), in: screens)
    }

    /// Removes a repeat instance (the citizen added one too many) by its concrete path.
    public mutating func removeRepeat(at path: String, in form: XForm) throws(FormError) {
        guard let node = node(atConcretePath: path), form.repeatPaths.contains(data[node].path) else {
            throw .unknownQuestion(path)
        }
        data.remove(node)
        refresh(changed: [data[node].path], in: form)
        let screens = layout(in: form)
        move(to: min(currentIndex(in: screens) ?? screens.count, screens.count), in: screens)
    }

    /// Every question's check, as on leaving its screen; the first failure in screen order.
    public func firstProblem(in form: XForm) -> FormError? {
        for screen in screens(in: form) {
            for question in screen.questions {
                do throws(FormError) { try check(question, in: form) } catch { return error }
            }
        }
        return nil
    }

    /// What stops a question from being left now (required, then constraint), or nil.
    public func problem(with question: ScreenQuestion, in form: XForm) -> FormError? {
        do throws(FormError) { try check(question, in: form) } catch { return error }
        return nil
    }

    /// Required, then constraint (only for an answered question, as in ODK).
    func check(_ question: ScreenQuestion, in form: XForm) throws(FormError) {
        let bind = form.bind(for: question.question.path)
        guard question.value != nil else {
            if question.isRequired { throw .required(path: question.path) }
            return
        }
        guard let constraint = bind?.constraint, let node = node(atConcretePath: question.path),
            !truth(constraint, at: node, in: form, fallback: true)
        else { return }
        let message = bind?.constraintMessage.flatMap { text(for: $0, form: form, at: question.path) }
        throw .constraint(path: question.path, message: message ?? "")
    }

    private mutating func move(to index: Int, in screens: [Slot]) {
        position = screens.indices.contains(index) ? .screen(key: screens[index].key, ordinal: index) : .end
    }
}
