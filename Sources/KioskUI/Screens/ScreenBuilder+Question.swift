import KioskForms

extension ScreenBuilder {
    /// One question: its picture, its words, its answers, progress dots and "next".
    func questionScreen(_ flow: CitizenFlow) -> Screen {
        guard let form = flow.form, let session = flow.session, let screen = flow.currentScreen else {
            return procedureScreen(flow)
        }
        let language = flow.language
        var elements: [Element] = []
        let title = flow.procedure?.name(in: language) ?? form.title
        var body = topBar(language, title: title, back: true, into: &elements)

        let (bottom, middle) = body.sliceBottom(actionHeight, gap: gap)
        body = middle
        let (nextSlot, dotsSlot) = bottom.sliceRight(metrics.mm(56), gap: gap)
        elements.append(
            Element(
                frame: dotsSlot.centeredHeight(metrics.mm(5)),
                content: .dots(count: session.screens(in: form).count, current: session.currentIndex(in: form))))
        button(
            nextSlot, icon: "next", label: UIStrings.text(.next, language), action: .next, id: "button.next",
            fill: theme.primary, textColor: theme.primaryText, into: &elements)

        guard let question = flow.currentQuestion else {
            return repeatPrompt(flow, screen: screen, body: body, elements: elements)
        }
        let definition = question.question
        let label = session.text(for: definition.label, form: form, at: question.path) ?? question.path
        let image = form.text(for: definition.label, language: language, form: .image)
        let hint = definition.hint.flatMap { session.text(for: $0, form: form, at: question.path) }
        var audio: [String] = []
        if let id = definition.label.itextID { audio.append(id) }
        if let problem = flow.problem { audio.append(UIStrings.prompt(problem.key)) }

        switch definition.control {
        case .input:
            let (pad, left) = body.sliceRight(body.width * 0.46, gap: gap * 2)
            let answerArea = header(
                left, label: label, image: image, hint: hint, problem: flow.problem,
                language: language, into: &elements)
            entryBox(answerArea, text: flow.entry, into: &elements)
            numericPad(pad, into: &elements)
        case .select1, .select, .trigger:
            let tiles = header(
                body, label: label, image: image, hint: hint, problem: flow.problem,
                language: language, into: &elements)
            let selected = question.value.map { Set($0.split(separator: " ").map(String.init)) } ?? []
            let shape = gridShape(question.choices.count)
            for (choice, cell) in zip(question.choices, tiles.grid(columns: shape.columns, rows: shape.rows, gap: gap))
            {
                tile(
                    cell, icon: form.text(for: choice.label, language: language, form: .image),
                    label: form.text(for: choice.label, language: language) ?? choice.value,
                    action: .chooseOption(choice.value), id: "option.\(choice.value)",
                    selected: selected.contains(choice.value), into: &elements)
            }
        }
        return Screen(
            name: "question.\(question.path)", language: language, background: theme.background,
            elements: elements, audio: audio)
    }

    /// A repeat's "add another?": two big tiles, yes and no.
    func repeatPrompt(_ flow: CitizenFlow, screen: FormScreen, body: Rect, elements: [Element]) -> Screen {
        var elements = elements
        let language = flow.language
        let title = screen.groupLabel.flatMap { label in
            flow.form.flatMap { form in flow.session?.text(for: label, form: form) }
        }
        let tiles = header(
            body, label: title ?? UIStrings.text(.addAnother, language), image: "add", hint: nil,
            problem: flow.problem, language: language, into: &elements)
        let cells = tiles.grid(columns: 2, rows: 1, gap: gap)
        tile(
            cells[0], icon: "add", label: UIStrings.text(.addAnother, language), action: .addRepeat,
            id: "repeat.add", into: &elements)
        tile(
            cells[1], icon: "done", label: UIStrings.text(.noMore, language), action: .next, id: "repeat.done",
            into: &elements)
        return Screen(
            name: "repeat.\(screen.key)", language: language, background: theme.background, elements: elements,
            audio: [UIStrings.prompt(.addAnother)])
    }

    /// The question's picture and words at the top of `area`; returns the space left below them.
    func header(
        _ area: Rect, label: String, image: String?, hint: String?, problem: CitizenFlow.Problem?,
        language: String, into elements: inout [Element]
    ) -> Rect {
        let (top, rest) = area.sliceTop(headerHeight, gap: gap)
        var words = top
        if let image {
            let (slot, remaining) = top.sliceLeft(top.height, gap: gap)
            elements.append(Element(frame: slot, content: .icon(image)))
            words = remaining
        }
        if let hint {
            let (small, main) = words.sliceBottom(metrics.mm(8))
            elements.append(Element(frame: main, content: .text(label, style(theme.titleMM, .bold))))
            elements.append(Element(frame: small, content: .text(hint, style(theme.smallMM, color: theme.mutedText))))
        } else {
            elements.append(Element(frame: words, content: .text(label, style(theme.titleMM, .bold))))
        }
        guard let problem else { return rest }
        let (message, remaining) = rest.sliceTop(metrics.mm(compact ? 9 : 12), gap: gap)
        elements.append(
            Element(frame: message, content: .panel(fill: theme.warning, border: nil, cornerRadius: corner)))
        let (icon, text) = message.insetBy(dx: metrics.mm(2), dy: metrics.mm(1)).sliceLeft(metrics.mm(10), gap: gap)
        elements.append(Element(frame: icon, content: .icon("warning")))
        elements.append(
            Element(
                frame: text,
                content: .text(
                    problem.message(in: language),
                    style(theme.bodyMM, .bold, color: theme.primaryText))))
        return remaining
    }

    /// The digits typed so far, in a large framed box.
    func entryBox(_ area: Rect, text: String, into elements: inout [Element]) {
        let box = area.sliceTop(metrics.mm(compact ? 16 : 22)).slice
        elements.append(
            Element(
                frame: box, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner),
                id: "entry"))
        elements.append(
            Element(
                frame: box.insetBy(dx: metrics.mm(3), dy: 0),
                content: .text(text.isEmpty ? "_" : text, style(theme.titleMM * 1.6, .bold, align: .center))))
    }

    /// Digits 1-9, backspace, 0: a telephone layout, big keys.
    func numericPad(_ area: Rect, into elements: inout [Element]) {
        let keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0"]
        for (key, cell) in zip(keys, area.grid(columns: 3, rows: 4, gap: metrics.mm(2))) {
            let action: UIAction = key == "⌫" ? .backspace : .key(key)
            let id = key == "⌫" ? "key.backspace" : "key.\(key)"
            elements.append(
                Element(
                    frame: cell, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner),
                    action: action, id: id))
            elements.append(
                Element(frame: cell, content: .text(key, style(theme.titleMM * 1.3, .bold, align: .center))))
        }
    }
}

extension CitizenFlow.Problem {
    var key: UIStrings.Key {
        switch self {
        case .required: .required
        case .invalid, .constraint: .invalid
        }
    }

    /// What the citizen reads: the form's own message for a refused answer, else ours.
    func message(in language: String) -> String {
        if case .constraint(let message) = self, !message.isEmpty { return message }
        return UIStrings.text(key, language)
    }
}
