extension ScreenBuilder {
    /// The day / month / year picker: a column for each, with big − and + around the value; the
    /// year also steps by ten; the month's name shows under it.
    func dateScreen(_ context: QuestionContext, picker: DatePicker) -> Screen {
        var elements: [Element] = []
        let body = questionChrome(context, into: &elements)
        let area = header(body, context, into: &elements)
        let weights = picker.fields.map { $0 == .year ? 1.4 : 1.0 }
        let columnGap = gap * 2
        let unit = (area.width - columnGap * Double(weights.count - 1)) / weights.reduce(0, +)
        var x = area.x
        for (field, weight) in zip(picker.fields, weights) {
            let column = Rect(x: x, y: area.y, width: unit * weight, height: area.height)
            dateColumn(field, picker: picker, in: column, language: context.language, into: &elements)
            x = column.maxX + columnGap
        }
        return questionScreen(context, elements: elements)
    }

    func dateColumn(
        _ field: DatePicker.Field, picker: DatePicker, in column: Rect, language: String, into elements: inout [Element]
    ) {
        let titleKey: UIStrings.Key = field == .day ? .day : field == .month ? .month : .year
        let (title, below) = column.sliceTop(metrics.mm(compact ? 5 : 7), gap: metrics.mm(1))
        elements.append(
            Element(
                frame: title,
                content: .text(UIStrings.text(titleKey, language), style(theme.bodyMM, .bold, align: .center))))
        let secondHeight = metrics.mm(compact ? 12.5 : 15)
        let (second, mainArea) = below.sliceBottom(secondHeight, gap: metrics.mm(compact ? 1.5 : 3))
        let main = mainArea.sliceTop(min(mainArea.height, metrics.mm(26))).slice
        panelBackground(main, into: &elements)
        let side = max(metrics.mm(Metrics.minimumTargetMM + 1), min(main.width * 0.26, metrics.mm(24)))
        let (minus, rest) = main.sliceLeft(side)
        let (plus, value) = rest.sliceRight(side)
        stepButton("−", action: .adjustDate(field, -1), id: "date.\(field.rawValue).minus", in: minus, into: &elements)
        stepButton("+", action: .adjustDate(field, 1), id: "date.\(field.rawValue).plus", in: plus, into: &elements)
        let number = field == .day ? picker.day : field == .month ? picker.month : picker.year
        elements.append(
            Element(
                frame: value, content: .text(String(number), style(theme.titleMM * 1.4, .bold, align: .center)),
                id: "date.\(field.rawValue).value"))
        switch field {
        case .year:
            let cells = second.grid(columns: 2, rows: 1, gap: gap)
            stepButton("−10", action: .adjustDate(.year, -10), id: "date.year.minus10", in: cells[0], into: &elements)
            stepButton("+10", action: .adjustDate(.year, 10), id: "date.year.plus10", in: cells[1], into: &elements)
        case .month:
            elements.append(
                Element(
                    frame: second,
                    content: .text(
                        DatePicker.monthName(picker.month, language: language),
                        style(theme.bodyMM, .bold, align: .center))))
        case .day:
            break
        }
    }

    /// The white frame behind a value and its buttons.
    func panelBackground(_ frame: Rect, into elements: inout [Element]) {
        elements.append(
            Element(frame: frame, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner)))
    }

    func stepButton(_ label: String, action: UIAction, id: String, in frame: Rect, into elements: inout [Element]) {
        elements.append(
            Element(
                frame: frame, content: .panel(fill: theme.secondary, border: theme.tileBorder, cornerRadius: corner),
                action: action, id: id))
        let size = label.count > 1 ? theme.bodyMM * 1.2 : theme.titleMM * 1.4
        elements.append(Element(frame: frame, content: .text(label, style(size, .bold, align: .center))))
    }
}
