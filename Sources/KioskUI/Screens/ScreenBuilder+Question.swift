import KioskForms

extension ScreenBuilder {
    /// One question: its picture, its words, the input its style asks for, progress dots and "next".
    func questionScreen(_ flow: CitizenFlow) -> Screen {
        guard let screen = flow.currentScreen else { return procedureScreen(flow) }
        guard let question = flow.currentQuestion, let style = flow.style, let context = QuestionContext(flow) else {
            return repeatPrompt(flow, screen: screen)
        }
        switch (style, flow.input) {
        case (.keyboard, .text(let composer)):
            return keyboardScreen(context, composer: composer, telex: flow.telex, purpose: .answer)
        case (.list, .choices(let picker)) where picker.isFiltering:
            var context = context
            context.name += ".filter"
            context.audio = [UIStrings.prompt(.search)]
            return keyboardScreen(
                context, composer: picker.filter, telex: nil, purpose: .filter(matches: flow.listMatches.count))
        case (.list, .choices(let picker)):
            return listScreen(flow, context: context, question: question, picker: picker)
        case (.tiles, .choices(let picker)):
            return tilesScreen(flow, context: context, question: question, picker: picker)
        case (.numbers, .number(let entry)):
            return numbersScreen(context, entry: entry)
        case (.date, .date(let picker)):
            return dateScreen(context, picker: picker)
        default:
            return noteScreen(flow, context: context, question: question)
        }
    }

    /// The frame of most question screens: the top bar, and at the bottom the progress dots and
    /// "next"; returns the space between.
    func questionChrome(_ context: QuestionContext, into elements: inout [Element]) -> Rect {
        let body = topBar(context.language, title: context.title, back: true, into: &elements)
        let (bottom, middle) = body.sliceBottom(actionHeight, gap: gap)
        let (nextSlot, dotsSlot) = bottom.sliceRight(metrics.mm(56), gap: gap)
        elements.append(
            Element(
                frame: dotsSlot.centeredHeight(metrics.mm(5)),
                content: .dots(count: context.dots.count, current: context.dots.current)))
        button(
            nextSlot, icon: "next", label: UIStrings.text(.next, context.language), action: .next, id: "button.next",
            fill: theme.primary, textColor: theme.primaryText, into: &elements)
        return middle
    }

    func questionScreen(_ context: QuestionContext, elements: [Element]) -> Screen {
        Screen(
            name: context.name, language: context.language, background: theme.background, elements: elements,
            audio: context.audio)
    }

    /// Picture tiles: a tap answers a select one; on a select it ticks or unticks (a tick mark shows).
    func tilesScreen(
        _ flow: CitizenFlow, context: QuestionContext, question: ScreenQuestion, picker: ChoicePicker
    ) -> Screen {
        var elements: [Element] = []
        let body = questionChrome(context, into: &elements)
        let tiles = header(body, context, into: &elements)
        let shape = gridShape(question.choices.count)
        for (choice, cell) in zip(question.choices, tiles.grid(columns: shape.columns, rows: shape.rows, gap: gap)) {
            let selected = picker.selected.contains(choice.value)
            tile(
                cell, icon: flow.form?.text(for: choice.label, language: flow.language, form: .image),
                label: flow.label(of: choice), action: .chooseOption(choice.value), id: "option.\(choice.value)",
                selected: selected, into: &elements)
            if picker.multiple { tick(selected, in: cell, into: &elements) }
        }
        return questionScreen(context, elements: elements)
    }

    /// The box of a select's choice: empty, or ticked — in the top right corner of `frame`.
    func tick(_ ticked: Bool, in frame: Rect, into elements: inout [Element]) {
        let side = metrics.mm(compact ? 7 : 9)
        let box = Rect(x: frame.maxX - side - metrics.mm(1.5), y: frame.y + metrics.mm(1.5), width: side, height: side)
        elements.append(
            Element(
                frame: box,
                content: .panel(
                    fill: ticked ? theme.primary : theme.tile, border: theme.tileBorder, cornerRadius: side / 4)
            ))
        if ticked {
            elements.append(
                Element(
                    frame: box,
                    content: .text(
                        "✓", style(side / metrics.pixelsPerMM * 0.8, .bold, color: theme.primaryText, align: .center))))
        }
    }

    /// Words to read and nothing to answer (a note, a trigger): the words large, a read-only
    /// question's value under them, and "next".
    func noteScreen(_ flow: CitizenFlow, context: QuestionContext, question: ScreenQuestion) -> Screen {
        var elements: [Element] = []
        let body = questionChrome(context, into: &elements)
        var words = body
        if let image = context.image {
            let (picture, rest) = body.sliceLeft(min(body.width * 0.3, body.height), gap: gap * 2)
            elements.append(Element(frame: picture.centeredSquare(picture.width), content: .icon(image)))
            words = rest
        }
        let answer =
            question.isReadonly
            ? question.value.flatMap { value in
                flow.form?.answerText(value, choices: question.choices, language: flow.language)
            } : nil
        if let answer {
            let (value, rest) = words.sliceBottom(metrics.mm(compact ? 16 : 22), gap: gap)
            entryBox(value, text: answer, into: &elements)
            words = rest
        }
        var text = context.label
        if let hint = context.hint { text += "\n" + hint }
        if let problem = context.problem { text += "\n" + problem.message(in: context.language) }
        elements.append(Element(frame: words, content: .text(text, style(theme.titleMM, .bold))))
        return questionScreen(context, elements: elements)
    }

    /// A repeat's "add another?": two big tiles, yes and no.
    func repeatPrompt(_ flow: CitizenFlow, screen: FormScreen) -> Screen {
        var elements: [Element] = []
        let language = flow.language
        guard let form = flow.form, let session = flow.session else { return procedureScreen(flow) }
        let label = screen.groupLabel.flatMap { session.text(for: $0, form: form) }
        let context = QuestionContext(
            name: "repeat.\(screen.key)", language: language, title: flow.procedure?.name(in: language) ?? form.title,
            label: label ?? UIStrings.text(.addAnother, language), image: "add", hint: nil, problem: flow.problem,
            audio: [UIStrings.prompt(.addAnother)],
            dots: (session.screens(in: form).count, session.currentIndex(in: form)))
        let body = questionChrome(context, into: &elements)
        let tiles = header(body, context, into: &elements)
        let cells = tiles.grid(columns: 2, rows: 1, gap: gap)
        tile(
            cells[0], icon: "add", label: UIStrings.text(.addAnother, language), action: .addRepeat,
            id: "repeat.add", into: &elements)
        tile(
            cells[1], icon: "done", label: UIStrings.text(.noMore, language), action: .next, id: "repeat.done",
            into: &elements)
        return questionScreen(context, elements: elements)
    }

    /// The question's picture and words at the top of `area`; returns the space left below them.
    func header(
        _ area: Rect, _ context: QuestionContext, height: Double? = nil, into elements: inout [Element]
    ) -> Rect {
        let (top, rest) = area.sliceTop(height ?? headerHeight, gap: gap)
        var words = top
        if let image = context.image {
            let (slot, remaining) = top.sliceLeft(top.height, gap: gap)
            elements.append(Element(frame: slot, content: .icon(image)))
            words = remaining
        }
        if let hint = context.hint {
            let (small, main) = words.sliceBottom(min(metrics.mm(8), words.height * 0.35))
            elements.append(Element(frame: main, content: .text(context.label, style(theme.titleMM, .bold))))
            elements.append(Element(frame: small, content: .text(hint, style(theme.smallMM, color: theme.mutedText))))
        } else {
            elements.append(Element(frame: words, content: .text(context.label, style(theme.titleMM, .bold))))
        }
        guard let problem = context.problem else { return rest }
        let (message, remaining) = rest.sliceTop(metrics.mm(compact ? 9 : 12), gap: gap)
        problemBanner(problem, in: message, language: context.language, into: &elements)
        return remaining
    }

    /// The message that holds the citizen on a question: red, with a warning sign.
    func problemBanner(
        _ problem: CitizenFlow.Problem, in frame: Rect, language: String, into elements: inout [Element]
    ) {
        elements.append(Element(frame: frame, content: .panel(fill: theme.warning, border: nil, cornerRadius: corner)))
        let inner = frame.insetBy(dx: metrics.mm(2), dy: metrics.mm(1))
        let (icon, text) = inner.sliceLeft(min(metrics.mm(10), inner.height), gap: gap)
        elements.append(Element(frame: icon, content: .icon("warning")))
        elements.append(
            Element(
                frame: text,
                content: .text(problem.message(in: language), style(theme.bodyMM, .bold, color: theme.primaryText))))
    }

    /// The answer typed so far, in a large framed box.
    func entryBox(_ area: Rect, text: String, id: String = "entry", into elements: inout [Element]) {
        let box = area.sliceTop(metrics.mm(compact ? 16 : 22)).slice
        elements.append(
            Element(
                frame: box, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner), id: id))
        elements.append(
            Element(
                frame: box.insetBy(dx: metrics.mm(3), dy: 0),
                content: .text(text.isEmpty ? "_" : text, style(theme.titleMM * 1.6, .bold, align: .center))))
    }
}

extension CitizenFlow.Problem {
    var key: UIStrings.Key {
        switch self {
        case .required: .required
        case .invalid, .constraint: .invalid
        case .unknownCode: .unknownCode
        }
    }

    /// What the citizen reads: the form's own message for a refused answer, else ours.
    func message(in language: String) -> String {
        if case .constraint(let message) = self, !message.isEmpty { return message }
        return UIStrings.text(key, language)
    }
}
