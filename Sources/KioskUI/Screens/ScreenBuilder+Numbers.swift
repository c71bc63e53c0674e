extension ScreenBuilder {
    /// Numbers: the question and the digits on the left, grouped as the format says; the pad on the right.
    func numbersScreen(_ context: QuestionContext, entry: NumericEntry) -> Screen {
        var elements: [Element] = []
        let body = questionChrome(context, into: &elements)
        let (pad, left) = body.sliceRight(body.width * 0.46, gap: gap * 2)
        let answerArea = header(left, context, into: &elements)
        entryBox(answerArea, text: entry.display(language: context.language), into: &elements)
        numericPad(
            pad, decimalSeparator: entry.format.allowsDecimal ? (context.language == "en" ? "." : ",") : nil,
            into: &elements)
        return questionScreen(context, elements: elements)
    }

    /// Digits 1-9, then backspace, 0 and (for decimals) the separator: a telephone layout, big keys.
    func numericPad(_ area: Rect, decimalSeparator: String?, into elements: inout [Element]) {
        var keys: [(label: String, action: UIAction, id: String)] = (1...9).map {
            ("\($0)", .key("\($0)"), "key.\($0)")
        }
        keys.append(("⌫", .backspace, "key.backspace"))
        keys.append(("0", .key("0"), "key.0"))
        if let decimalSeparator { keys.append((decimalSeparator, .key("."), "key.decimal")) }
        for (key, cell) in zip(keys, area.grid(columns: 3, rows: 4, gap: metrics.mm(2))) {
            elements.append(
                Element(
                    frame: cell, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner),
                    action: key.action, id: key.id))
            elements.append(
                Element(frame: cell, content: .text(key.label, style(theme.titleMM * 1.3, .bold, align: .center))))
        }
    }
}
