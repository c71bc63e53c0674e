import KioskForms

extension ScreenBuilder {
    /// Every answer on one screen; a tap on a row goes back to that question.
    func reviewScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        var elements: [Element] = []
        // The answers on the page are read back: the recorded label, then the value synthesised.
        var audio = [UIStrings.prompt(.review)]
        let body = topBar(language, title: UIStrings.text(.review, language), back: true, into: &elements)
        let (bottom, list) = body.sliceBottom(actionHeight, gap: gap)
        button(
            bottom.sliceRight(metrics.mm(70)).slice, icon: "printer", label: UIStrings.text(.print, language),
            action: .print, id: "button.print", fill: theme.primary, textColor: theme.primaryText, into: &elements)
        if let form = flow.form, let session = flow.session {
            // Notes and triggers gave no answer of the citizen's: they are not read back.
            let rows = session.screens(in: form).flatMap { screen in
                screen.questions.filter { QuestionStyle($0) != .note }.map { (screen.key, $0) }
            }
            // Rows at a touchable height, in columns at least 80 mm wide, a page at a time.
            let (pager, area) = list.sliceRight(metrics.mm(compact ? 16 : 20), gap: gap)
            let columns = max(1, min(3, Int(area.width / metrics.mm(80))))
            let rowGap = metrics.mm(compact ? 1.5 : 2)
            let minimumRow = metrics.mm(Metrics.minimumTargetMM + 2)
            let perColumn = max(1, Int((area.height + rowGap) / (minimumRow + rowGap)))
            let pageSize = perColumn * columns
            let first = min(flow.reviewFirst, max(0, rows.count - 1)) / pageSize * pageSize
            let cells = columnMajor(area.grid(columns: columns, rows: perColumn, gap: rowGap), columns: columns)
            for ((key, question), cell) in zip(rows.dropFirst(first).prefix(pageSize), cells) {
                audio += reviewRow(
                    cell, key: key, question: question, form: form, session: session, language: language,
                    into: &elements)
            }
            pageButtons(pager, first: first, pageSize: pageSize, count: rows.count, into: &elements)
        }
        return Screen(
            name: "review", language: language, background: theme.background, elements: elements,
            audio: audio)
    }

    func reviewRow(
        _ row: Rect, key: String, question: ScreenQuestion, form: XForm, session: FormSession, language: String,
        into elements: inout [Element]
    ) -> [String] {
        elements.append(
            Element(
                frame: row, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner),
                action: .edit(screen: key), id: "review.\(question.path)"))
        let inner = row.insetBy(dx: metrics.mm(3), dy: metrics.mm(1))
        let (change, content) = inner.sliceRight(metrics.mm(24), gap: gap)
        let (label, value) = content.sliceLeft(content.width * 0.45, gap: gap)
        let words = session.text(for: question.question.label, form: form, at: question.path) ?? question.path
        let answer = Self.answerText(question, form: form, language: language) ?? "—"
        elements.append(Element(frame: label, content: .text(words, style(theme.smallMM))))
        elements.append(Element(frame: value, content: .text(answer, style(theme.bodyMM, .bold))))
        elements.append(
            Element(
                frame: change,
                content: .text(
                    "✎ " + UIStrings.text(.change, language),
                    style(theme.smallMM, .bold, color: theme.bar, align: .trailing))))
        let spokenLabel = question.question.label.itextID ?? UIStrings.say(words)
        return [spokenLabel, UIStrings.say(answer)]
    }

    /// An answer as the citizen entered it: a date as "22/08/2016" (as Vietnamese papers write
    /// dates), digits grouped as on their pad, a choice by its words.
    static func answerText(_ question: ScreenQuestion, form: XForm, language: String) -> String? {
        guard let value = question.value else { return nil }
        switch QuestionStyle(question) {
        case .date:
            guard let date = DateComponentsYMD(iso: value) else { return value }
            let two = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
            let tokens = question.question.appearance?.split(separator: " ") ?? []
            if tokens.contains("year") { return "\(date.year)" }
            if tokens.contains("month-year") { return "\(two(date.month))/\(date.year)" }
            return "\(two(date.day))/\(two(date.month))/\(date.year)"
        case .numbers(let format):
            return NumericEntry(value, format: format).display(language: language)
        default:
            return form.answerText(value, choices: question.choices, language: language)
        }
    }

    func printingScreen(_ flow: CitizenFlow) -> Screen {
        message(
            flow, name: "printing", icon: "printer", text: UIStrings.text(.printing, flow.language),
            audio: [UIStrings.prompt(.printing)], button: nil)
    }

    func printFailedScreen(_ flow: CitizenFlow) -> Screen {
        message(
            flow, name: "print-failed", icon: "printer-problem", text: UIStrings.text(.printFailed, flow.language),
            audio: [UIStrings.prompt(.printFailed)],
            button: (UIStrings.text(.retry, flow.language), .retryPrint, "button.retry"))
    }

    func doneScreen(_ flow: CitizenFlow) -> Screen {
        if case .taken(let number) = flow.ticket { return ticketDoneScreen(flow, number: number) }
        let detail: UIStrings.Key = flow.printPending ? .donePrintPending : .doneDetail
        var text = UIStrings.text(.done, flow.language) + "\n" + UIStrings.text(detail, flow.language)
        var audio = [UIStrings.prompt(.done), UIStrings.prompt(detail)]
        switch flow.ticket {
        case .taking: text += "\n" + UIStrings.text(.takingNumber, flow.language)
        case .unavailable:
            text += "\n" + UIStrings.text(.noNumber, flow.language)
            audio.append(UIStrings.prompt(.noNumber))
        case .none, .taken: break
        }
        if let code = flow.draftCode { text += "\n\(UIStrings.text(.draftCode, flow.language)): \(code)" }
        return message(
            flow, name: "done", icon: "done", text: text,
            audio: audio,
            button: (UIStrings.text(.finish, flow.language), .finish, "button.finish"))
    }

    /// A big picture, a few words, "listen again" in the corner and at most two buttons (the main
    /// one on the right).
    func message(
        _ flow: CitizenFlow, name: String, icon: String, text: String, audio: [String],
        button action: (label: String, action: UIAction, id: String)?,
        secondary: (label: String, icon: String, action: UIAction, id: String)? = nil
    ) -> Screen {
        var elements: [Element] = []
        var body = metrics.bounds.insetBy(dx: margin * 2, dy: margin * 2)
        let (top, rest) = body.sliceTop(metrics.mm(16), gap: gap)
        body = rest
        button(
            top.sliceRight(metrics.mm(46)).slice, icon: "speaker", label: UIStrings.text(.listenAgain, flow.language),
            action: .listenAgain, id: "button.listen", fill: theme.selected, textColor: theme.text, into: &elements)
        if action != nil || secondary != nil {
            let (bottom, rest) = body.sliceBottom(actionHeight, gap: gap)
            body = rest
            let (right, left) = bottom.sliceRight(metrics.mm(70), gap: gap)
            if let action {
                button(
                    right, icon: "next", label: action.label, action: action.action, id: action.id,
                    fill: theme.primary, textColor: theme.primaryText, into: &elements)
            }
            if let secondary {
                button(
                    left.sliceRight(metrics.mm(70)).slice, icon: secondary.icon, label: secondary.label,
                    action: secondary.action, id: secondary.id, fill: theme.secondary, textColor: theme.text,
                    into: &elements)
            }
        }
        let (picture, words) = body.sliceLeft(body.width * 0.35, gap: gap * 2)
        elements.append(
            Element(frame: picture.centeredSquare(min(metrics.mm(60), picture.height)), content: .icon(icon)))
        elements.append(Element(frame: words, content: .text(text, style(theme.titleMM, .bold))))
        return Screen(
            name: name, language: flow.language, background: theme.background, elements: elements, audio: audio)
    }
}
