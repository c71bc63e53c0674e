import KioskForms

extension ScreenBuilder {
    /// A long list of choices: big rows a page at a time, ▲ and ▼ to turn pages (no gestures),
    /// and a filter box that opens the keyboard. A tap on a row answers (select one) or ticks it.
    func listScreen(
        _ flow: CitizenFlow, context: QuestionContext, question: ScreenQuestion, picker: ChoicePicker
    ) -> Screen {
        var elements: [Element] = []
        let language = context.language
        let body = questionChrome(context, into: &elements)
        var (line, rest) = body.sliceTop(metrics.mm(compact ? 14 : 18), gap: gap)
        let (filterSlot, words) = line.sliceRight(line.width * (compact ? 0.4 : 0.34), gap: gap)
        filterBox(picker.filter.text, in: filterSlot, language: language, into: &elements)
        var labelArea = words
        if let image = context.image {
            let (slot, remaining) = words.sliceLeft(words.height, gap: gap)
            elements.append(Element(frame: slot, content: .icon(image)))
            labelArea = remaining
        }
        elements.append(Element(frame: labelArea, content: .text(context.label, style(theme.titleMM, .bold))))
        if let problem = context.problem {
            let (banner, remaining) = rest.sliceTop(metrics.mm(compact ? 9 : 12), gap: gap)
            problemBanner(problem, in: banner, language: language, into: &elements)
            rest = remaining
        }
        let (pager, listArea) = rest.sliceRight(metrics.mm(compact ? 16 : 20), gap: gap)
        let matches = flow.listMatches
        let columns = listArea.width >= metrics.mm(120) ? 2 : 1
        let rowGap = metrics.mm(compact ? 1.5 : 2)
        let minimumRow = metrics.mm(compact ? 12.5 : 15)
        let perColumn = max(1, Int((listArea.height + rowGap) / (minimumRow + rowGap)))
        let pageSize = perColumn * columns
        let first = min(picker.first, max(0, matches.count - 1)) / pageSize * pageSize
        let cells = columnMajor(listArea.grid(columns: columns, rows: perColumn, gap: rowGap), columns: columns)
        for (index, cell) in zip(matches.dropFirst(first).prefix(pageSize), cells) {
            let choice = question.choices[index]
            listRow(
                flow.label(of: choice), value: choice.value, selected: picker.selected.contains(choice.value),
                tick: picker.multiple, in: cell, into: &elements)
        }
        if matches.isEmpty {
            elements.append(
                Element(
                    frame: listArea.sliceTop(minimumRow).slice,
                    content: .text(
                        "0 \(UIStrings.text(.matches, language))", style(theme.bodyMM, color: theme.mutedText))))
        }
        pageButtons(
            pager, first: first, pageSize: pageSize, count: matches.count, into: &elements)
        return questionScreen(context, elements: elements)
    }

    /// Grid cells (row by row) reordered to read down the first column, then the next.
    func columnMajor(_ cells: [Rect], columns: Int) -> [Rect] {
        let rows = cells.count / max(1, columns)
        return (0..<columns).flatMap { column in (0..<rows).map { cells[$0 * columns + column] } }
    }

    /// The box that opens the filter keyboard, showing what was typed.
    func filterBox(_ text: String, in frame: Rect, language: String, into elements: inout [Element]) {
        elements.append(
            Element(
                frame: frame, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner),
                action: .openFilter, id: "list.filter"))
        let inner = frame.insetBy(dx: metrics.mm(2), dy: metrics.mm(1.5))
        let (icon, words) = inner.sliceLeft(min(inner.height, metrics.mm(10)), gap: metrics.mm(2))
        elements.append(Element(frame: icon, content: .icon("search")))
        let shown = text.isEmpty ? UIStrings.text(.search, language) + "…" : text
        elements.append(
            Element(
                frame: words,
                content: .text(shown, style(theme.bodyMM, .bold, color: text.isEmpty ? theme.mutedText : theme.text))))
    }

    func listRow(
        _ label: String, value: String, selected: Bool, tick: Bool, in frame: Rect, into elements: inout [Element]
    ) {
        elements.append(
            Element(
                frame: frame,
                content: .panel(
                    fill: selected ? theme.selected : theme.tile, border: theme.tileBorder, cornerRadius: corner),
                action: .chooseOption(value), id: "option.\(value)"))
        var words = frame.insetBy(dx: metrics.mm(3), dy: metrics.mm(1))
        if tick {
            words = words.sliceLeft(words.width - metrics.mm(compact ? 8 : 10)).slice
            self.tick(selected, in: frame.centeredHeight(metrics.mm(compact ? 10 : 12)), into: &elements)
        }
        elements.append(Element(frame: words, content: .text(label, style(theme.bodyMM, .bold))))
    }

    /// ▲ above, the page number, ▼ below; a button with no page to go to is drawn dim and does nothing.
    func pageButtons(_ area: Rect, first: Int, pageSize: Int, count: Int, into elements: inout [Element]) {
        let buttonHeight = min(metrics.mm(24), max(metrics.mm(Metrics.minimumTargetMM), area.height * 0.38))
        let (up, rest) = area.sliceTop(buttonHeight, gap: gap)
        let (down, middle) = rest.sliceBottom(buttonHeight, gap: gap)
        let pages = max(1, (count + pageSize - 1) / pageSize)
        let page = first / pageSize + 1
        pageButton(
            "▲", enabled: first > 0, action: .showPage(from: max(0, first - pageSize)), id: "list.up", in: up,
            into: &elements)
        pageButton(
            "▼", enabled: first + pageSize < count, action: .showPage(from: first + pageSize), id: "list.down",
            in: down,
            into: &elements)
        elements.append(
            Element(frame: middle, content: .text("\(page)/\(pages)", style(theme.smallMM, .bold, align: .center))))
    }

    func pageButton(
        _ label: String, enabled: Bool, action: UIAction, id: String, in frame: Rect, into elements: inout [Element]
    ) {
        elements.append(
            Element(
                frame: frame,
                content: .panel(
                    fill: enabled ? theme.secondary : theme.background,
                    border: enabled ? theme.tileBorder : theme.dotTodo, cornerRadius: corner),
                action: enabled ? action : nil, id: id))
        elements.append(
            Element(
                frame: frame,
                content: .text(
                    label,
                    style(theme.titleMM * 1.2, .bold, color: enabled ? theme.text : theme.dotTodo, align: .center))))
    }
}
