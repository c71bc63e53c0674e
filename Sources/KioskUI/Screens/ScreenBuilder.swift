import KioskForms

/// Lays out the screen for the flow's current state. Sizes come from millimetres, so every
/// touch target keeps at least `Metrics.minimumTargetMM` on any panel.
public struct ScreenBuilder: Sendable {
    public var metrics: Metrics
    public var theme: Theme
    /// Assisted mode: smaller type and the full keyboard, for a volunteer or staff member. Touch
    /// targets keep their 12 mm.
    var assistedMode = false

    public init(metrics: Metrics, theme: Theme = Theme()) {
        self.metrics = metrics
        self.theme = theme
    }

    public func screen(for flow: CitizenFlow) -> Screen {
        guard !flow.assisted || assistedMode else { return dense.screen(for: flow) }
        if let overlay = flow.overlay {
            switch overlay {
            case .stillThere: return stillThereScreen(flow)
            case .help: return helpScreen(flow)
            case .deviceProblem(let problem): return deviceProblemScreen(flow, problem: problem)
            }
        }
        return switch flow.step {
        case .language: languageScreen(flow)
        case .resume: resumeScreen(flow)
        case .saved: savedScreen(flow)
        case .draftStatus: draftStatusScreen(flow)
        case .rating: ratingScreen(flow)
        case .procedures: procedureScreen(flow)
        case .question: questionScreen(flow)
        case .review: reviewScreen(flow)
        case .printing: printingScreen(flow)
        case .printFailed: printFailedScreen(flow)
        case .done: doneScreen(flow)
        case .priority: priorityScreen(flow)
        }
    }

    /// The same builder in assisted mode.
    var dense: ScreenBuilder {
        var builder = self
        builder.assistedMode = true
        builder.theme.titleMM = 5
        builder.theme.bodyMM = 4.2
        builder.theme.smallMM = 3.4
        return builder
    }

    // MARK: Shared pieces

    /// A panel under 110 mm tall (a 7-inch 800x480 one is 92 mm) gets tighter chrome, never smaller targets.
    var compact: Bool { metrics.size.height / metrics.pixelsPerMM < 110 }
    var margin: Double { metrics.mm(compact ? 2 : 4) }
    var gap: Double { metrics.mm(compact ? 2 : 3) }
    var barHeight: Double { metrics.mm(compact ? 15 : 20) }
    /// The band of the main buttons at the bottom (next, print).
    var actionHeight: Double { metrics.mm(compact ? 14 : 16) }
    /// The question's picture and words.
    var headerHeight: Double { metrics.mm(compact ? 20 : 30) }
    var corner: Double { metrics.mm(2.5) }

    func style(
        _ sizeMM: Double, _ weight: TextStyle.Weight = .regular, color: Color? = nil,
        align: TextStyle.Alignment = .leading
    ) -> TextStyle {
        TextStyle(size: metrics.mm(sizeMM), weight: weight, color: color ?? theme.text, alignment: align)
    }

    /// The top bar: back on the left (when `back`), a title in the middle, help (when `help`) and
    /// "listen again" on the right.
    func topBar(
        _ language: String, title: String, back: Bool, help: Bool = true, into elements: inout [Element]
    ) -> Rect {
        let (bar, rest) = metrics.bounds.sliceTop(barHeight)
        elements.append(Element(frame: bar, content: .panel(fill: theme.bar, border: nil, cornerRadius: 0)))
        let inner = bar.insetBy(dx: margin, dy: metrics.mm(compact ? 1 : 2.5))
        var middle = inner
        if back {
            let (slot, remaining) = inner.sliceLeft(metrics.mm(42), gap: gap)
            button(
                slot, icon: "back", label: UIStrings.text(.back, language), action: .back, id: "button.back",
                fill: theme.secondary, textColor: theme.text, into: &elements)
            middle = remaining
        }
        let (listen, afterListen) = middle.sliceRight(metrics.mm(46), gap: gap)
        button(
            listen, icon: "speaker", label: UIStrings.text(.listenAgain, language), action: .listenAgain,
            id: "button.listen", fill: theme.selected, textColor: theme.text, into: &elements)
        var titleArea = afterListen
        if help {
            let (helpSlot, rest) = afterListen.sliceRight(metrics.mm(compact ? 18 : 36), gap: gap)
            titleArea = rest
            if compact {
                iconButton(
                    helpSlot, icon: "help", action: .help, id: "button.help", fill: theme.secondary, into: &elements)
            } else {
                button(
                    helpSlot, icon: "help", label: UIStrings.text(.help, language), action: .help, id: "button.help",
                    fill: theme.secondary, textColor: theme.text, into: &elements)
            }
        }
        elements.append(
            Element(frame: titleArea, content: .text(title, style(theme.bodyMM, .bold, color: theme.barText))))
        return rest.insetBy(dx: margin, dy: margin)
    }

    /// A button: a rounded panel with an icon and a label, all of it the touch target.
    func button(
        _ frame: Rect, icon: String?, label: String, action: UIAction, id: String, fill: Color,
        textColor: Color, selected: Bool = false, into elements: inout [Element]
    ) {
        elements.append(
            Element(
                frame: frame,
                content: .panel(
                    fill: selected ? theme.selected : fill,
                    border: theme.tileBorder, cornerRadius: corner),
                action: action, id: id))
        var textArea = frame.insetBy(dx: metrics.mm(2), dy: metrics.mm(1.5))
        if let icon {
            let side = min(textArea.height, metrics.mm(12))
            let (iconSlot, rest) = textArea.sliceLeft(side, gap: metrics.mm(2))
            elements.append(Element(frame: iconSlot.centeredSquare(side), content: .icon(icon)))
            textArea = rest
        }
        elements.append(Element(frame: textArea, content: .text(label, style(theme.bodyMM, .bold, color: textColor))))
    }

    /// A big tile: picture above, words below, all of it the touch target.
    func tile(
        _ frame: Rect, icon: String?, label: String, action: UIAction, id: String, selected: Bool = false,
        into elements: inout [Element]
    ) {
        elements.append(
            Element(
                frame: frame,
                content: .panel(
                    fill: selected ? theme.selected : theme.tile,
                    border: theme.tileBorder, cornerRadius: corner),
                action: action, id: id))
        let inner = frame.insetBy(dx: metrics.mm(2), dy: metrics.mm(2))
        guard let icon else {
            elements.append(Element(frame: inner, content: .text(label, style(theme.titleMM, .bold, align: .center))))
            return
        }
        let (picture, words) = inner.sliceTop(inner.height * 0.58, gap: metrics.mm(1))
        elements.append(Element(frame: picture.centeredSquare(picture.height), content: .icon(icon)))
        elements.append(Element(frame: words, content: .text(label, style(theme.bodyMM, .bold, align: .center))))
    }

    /// The rows x columns that fit `count` tiles best in a wide area.
    func gridShape(_ count: Int) -> (columns: Int, rows: Int) {
        switch count {
        case ...3: (max(count, 1), 1)
        case 4: (2, 2)
        case 5...6: (3, 2)
        default: (4, (count + 3) / 4)
        }
    }
}
