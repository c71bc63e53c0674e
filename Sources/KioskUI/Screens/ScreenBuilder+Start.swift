extension ScreenBuilder {
    /// Every language as a tile with its flag; each language greets in its own words and voice.
    func languageScreen(_ flow: CitizenFlow) -> Screen {
        var elements: [Element] = []
        let greeting = flow.languages.map { UIStrings.text(.greeting, $0) }.joined(separator: "\n")
        let (header, body) = metrics.bounds.insetBy(dx: margin, dy: margin).sliceTop(metrics.mm(26), gap: gap)
        let (listen, title) = header.sliceRight(metrics.mm(46), gap: gap)
        elements.append(Element(frame: title, content: .text(greeting, style(theme.titleMM, .bold))))
        button(
            listen.centeredHeight(metrics.mm(16)), icon: "speaker", label: UIStrings.text(.listenAgain, flow.language),
            action: .listenAgain, id: "button.listen", fill: theme.selected, textColor: theme.text, into: &elements)
        let shape = gridShape(flow.languages.count)
        for (code, cell) in zip(flow.languages, body.grid(columns: shape.columns, rows: shape.rows, gap: gap)) {
            tile(
                cell, icon: "flag-\(code)", label: UIStrings.text(.languageName, code),
                action: .chooseLanguage(code), id: "language.\(code)", into: &elements)
        }
        let audio = flow.languages.map { "\(UIStrings.prompt(.greeting)).\($0)" }
        return Screen(
            name: "language", language: flow.language, background: theme.background,
            elements: elements, audio: audio)
    }

    /// The procedures as picture tiles.
    func procedureScreen(_ flow: CitizenFlow) -> Screen {
        var elements: [Element] = []
        let title = UIStrings.text(.whatDoYouNeed, flow.language)
        let body = topBar(flow.language, title: title, back: true, into: &elements)
        let procedures = flow.catalog.procedures
        let shape = gridShape(max(procedures.count + 1, 2))
        let cells = body.grid(columns: shape.columns, rows: shape.rows, gap: gap)
        for (procedure, cell) in zip(procedures, cells) {
            tile(
                cell, icon: procedure.icon, label: procedure.name(in: flow.language),
                action: .chooseProcedure(procedure.id), id: "procedure.\(procedure.id)", into: &elements)
        }
        // The last tile: a form saved for later, resumed by its code.
        if procedures.count < cells.count {
            tile(
                cells[procedures.count], icon: "resume", label: UIStrings.text(.resume, flow.language),
                action: .openResume, id: "procedure.resume", into: &elements)
        }
        return Screen(
            name: "procedures", language: flow.language, background: theme.background,
            elements: elements, audio: [UIStrings.prompt(.whatDoYouNeed)])
    }
}

extension Rect {
    /// A band of the given height centred vertically in this rectangle.
    func centeredHeight(_ h: Double) -> Rect {
        let height = min(h, self.height)
        return Rect(x: x, y: y + (self.height - height) / 2, width: width, height: height)
    }
}
