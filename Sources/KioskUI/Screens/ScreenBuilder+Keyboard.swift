extension ScreenBuilder {
    /// What the keyboard types into: an answer, or the filter of a long list.
    enum KeyboardPurpose {
        case answer
        /// `matches` choices match the filter so far.
        case filter(matches: Int)
    }

    /// The Vietnamese keyboard under the question and the text typed. On a compact panel the
    /// question moves into the top bar (back and listen-again keep their pictures), and "next"
    /// sits beside the text, so that four rows of 12 mm keys fit.
    func keyboardScreen(
        _ context: QuestionContext, composer: VietnameseComposer, telex: Bool?, purpose: KeyboardPurpose
    ) -> Screen {
        var elements: [Element] = []
        let language = context.language
        var body: Rect
        // Digits on the keyboard where the answer may hold some (addresses) and in assisted mode:
        // on a wide panel a fifth row, for which the question moves into the top bar.
        var digits = !compact && (assistedMode || composer.capitals != .words)
        if case .filter = purpose { digits = false }
        if compact || digits {
            body = compactBar(context, into: &elements)
        } else {
            body = topBar(language, title: context.title, back: true, into: &elements)
            let (line, rest) = body.sliceTop(metrics.mm(16), gap: gap)
            var words = line
            if let problem = context.problem {
                let (banner, remaining) = line.sliceRight(line.width * 0.45, gap: gap)
                problemBanner(problem, in: banner, language: language, into: &elements)
                words = remaining
            }
            if let image = context.image {
                let (slot, remaining) = words.sliceLeft(words.height, gap: gap)
                elements.append(Element(frame: slot, content: .icon(image)))
                words = remaining
            }
            elements.append(Element(frame: words, content: .text(context.label, style(theme.titleMM, .bold))))
            body = rest
        }
        let (row, belowEntry) = body.sliceTop(metrics.mm(compact ? 12.5 : 18), gap: metrics.mm(compact ? 1.5 : 3))
        let (nextSlot, entrySlot) = row.sliceRight(metrics.mm(compact ? 36 : 56), gap: gap)
        switch purpose {
        case .answer:
            button(
                nextSlot, icon: "next", label: UIStrings.text(.next, language), action: .next, id: "button.next",
                fill: theme.primary, textColor: theme.primaryText, into: &elements)
            typedText(composer, in: entrySlot, trailing: nil, into: &elements)
        case .filter(let matches):
            button(
                nextSlot, icon: "next", label: UIStrings.text(.showList, language), action: .closeFilter,
                id: "button.showList", fill: theme.primary, textColor: theme.primaryText, into: &elements)
            typedText(
                composer, in: entrySlot, trailing: "\(matches) \(UIStrings.text(.matches, language))", into: &elements)
        }
        let (dotsStrip, keys) = belowEntry.sliceTop(metrics.mm(compact ? 2.5 : 4), gap: metrics.mm(compact ? 1 : 2))
        elements.append(
            Element(
                frame: dotsStrip.insetBy(dx: dotsStrip.width * 0.2, dy: 0),
                content: .dots(count: context.dots.count, current: context.dots.current)))
        keyboard(
            keys,
            rows: KeyboardLayout.rows(
                compact: compact, capitals: composer.capitalNext, telex: telex, digits: digits),
            shifted: composer.shifted, telex: telex ?? false, into: &elements)
        return questionScreen(context, elements: elements)
    }

    /// The top bar of a compact keyboard: back and listen-again as pictures, the question (or
    /// the message that holds the citizen) between them.
    func compactBar(_ context: QuestionContext, into elements: inout [Element]) -> Rect {
        let (bar, rest) = metrics.bounds.sliceTop(metrics.mm(Metrics.minimumTargetMM + 2.5))
        elements.append(Element(frame: bar, content: .panel(fill: theme.bar, border: nil, cornerRadius: 0)))
        let inner = bar.insetBy(dx: margin, dy: metrics.mm(1))
        let side = metrics.mm(18)
        let (back, afterBack) = inner.sliceLeft(side, gap: gap)
        let (listen, afterListen) = afterBack.sliceRight(side, gap: gap)
        let (help, middle) = afterListen.sliceRight(side, gap: gap)
        iconButton(back, icon: "back", action: .back, id: "button.back", fill: theme.secondary, into: &elements)
        iconButton(
            listen, icon: "speaker", action: .listenAgain, id: "button.listen", fill: theme.selected, into: &elements)
        iconButton(help, icon: "help", action: .help, id: "button.help", fill: theme.secondary, into: &elements)
        if let problem = context.problem {
            problemBanner(problem, in: middle, language: context.language, into: &elements)
        } else {
            elements.append(
                Element(frame: middle, content: .text(context.label, style(theme.bodyMM, .bold, color: theme.barText))))
        }
        return rest.insetBy(dx: margin, dy: margin)
    }

    /// A button that is only a picture (where words do not fit; the picture is the same everywhere).
    func iconButton(
        _ frame: Rect, icon: String, action: UIAction, id: String, fill: Color, into elements: inout [Element]
    ) {
        elements.append(
            Element(
                frame: frame, content: .panel(fill: fill, border: theme.tileBorder, cornerRadius: corner),
                action: action,
                id: id))
        let side = min(frame.width, frame.height) - metrics.mm(2)
        elements.append(Element(frame: frame.centeredSquare(side), content: .icon(icon)))
    }

    /// The text typed, with a bar at the caret, in a framed box; `trailing` small words at its end.
    func typedText(
        _ composer: VietnameseComposer, in frame: Rect, trailing: String?, into elements: inout [Element]
    ) {
        let panelIndex = elements.count
        elements.append(
            Element(
                frame: frame, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner),
                id: "entry"))
        var inner = frame.insetBy(dx: metrics.mm(3), dy: 0)
        if let trailing {
            let (small, rest) = inner.sliceRight(metrics.mm(compact ? 24 : 34), gap: gap)
            elements.append(
                Element(
                    frame: small,
                    content: .text(trailing, style(theme.smallMM, color: theme.mutedText, align: .trailing))))
            inner = rest
        }
        var shown = composer.characters
        shown.insert("|", at: composer.caret)
        let size = compact ? theme.titleMM : theme.titleMM * 1.3
        elements.append(Element(frame: inner, content: .text(String(shown), style(size, .bold))))
        // A tap on the text puts the caret between the letters nearest the finger.
        elements[panelIndex].action = .placeCaret(
            stops: Self.caretStops(composer.characters, caret: composer.caret, left: inner.x, size: metrics.mm(size)))
    }

    /// Where the caret would stand before each letter and after the last, in pixels, for text set
    /// from `left` at `size` pixels with the caret bar at `caret`. An estimate from typical Noto Sans
    /// Bold advances (the pure UI measures no glyphs); a finger is wider than its error.
    static func caretStops(_ characters: [Character], caret: Int, left: Double, size: Double) -> [Double] {
        func advance(_ c: Character) -> Double {
            if c == " " { return 0.26 }
            if "iljtfr'|.,-".contains(c) { return 0.32 }
            if "mwMW".contains(c) { return 0.9 }
            return c.isUppercase ? 0.68 : 0.58
        }
        var stops: [Double] = []
        var x = left
        for (index, character) in characters.enumerated() {
            stops.append(x)
            if index == caret { x += advance("|") * size }
            x += advance(character) * size
        }
        stops.append(x)
        return stops
    }

    /// The keys, in rows, as large as the area allows (at most 30 x 22 mm each), centred across,
    /// right under the text they type.
    func keyboard(
        _ area: Rect, rows: [[KeyboardLayout.Key]], shifted: Bool, telex: Bool, into elements: inout [Element]
    ) {
        let columns = rows.map { $0.reduce(0) { $0 + $1.units } }.max() ?? 1
        let keyGap = metrics.mm(compact ? 1.5 : 2)
        let width = min((area.width - keyGap * Double(columns - 1)) / Double(columns), metrics.mm(30))
        let height = min((area.height - keyGap * Double(rows.count - 1)) / Double(rows.count), metrics.mm(22))
        let totalWidth = width * Double(columns) + keyGap * Double(columns - 1)
        let left = area.x + (area.width - totalWidth) / 2
        var y = area.y
        for row in rows {
            var x = left
            for key in row {
                let frame = Rect(
                    x: x, y: y, width: width * Double(key.units) + keyGap * Double(key.units - 1), height: height)
                self.key(
                    key, in: frame, on: (key.action == .shift && shifted) || (key.action == .toggleTelex && telex),
                    into: &elements)
                x = frame.maxX + keyGap
            }
            y += height + keyGap
        }
    }

    func key(_ key: KeyboardLayout.Key, in frame: Rect, on: Bool, into elements: inout [Element]) {
        let fill =
            on
            ? theme.selected : key.kind == .tone ? theme.toneKey : key.kind == .function ? theme.secondary : theme.tile
        elements.append(
            Element(
                frame: frame, content: .panel(fill: fill, border: theme.tileBorder, cornerRadius: corner),
                action: key.action, id: key.id))
        let size = key.label.count > 1 ? theme.bodyMM : theme.titleMM * 1.15
        guard key.kind == .tone, case .tone(let tone) = key.action, frame.height >= metrics.mm(13) else {
            elements.append(Element(frame: frame, content: .text(key.label, style(size, .bold, align: .center))))
            return
        }
        // The tone's name under its mark, for those who learned the names.
        let (name, mark) = frame.insetBy(dx: 0, dy: metrics.mm(0.5)).sliceBottom(frame.height * 0.3)
        elements.append(Element(frame: mark, content: .text(key.label, style(size, .bold, align: .center))))
        elements.append(
            Element(
                frame: name,
                content: .text(tone.name, style(theme.smallMM * 0.8, color: theme.mutedText, align: .center))))
    }
}
