import KioskQueue

extension ScreenBuilder {
    /// "Do you have priority?": one picture tile per group and one for "no", nothing else to read.
    func priorityScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        var elements: [Element] = []
        let body = topBar(
            language, title: UIStrings.text(.priorityQuestion, language), back: false, help: false, into: &elements)
        let choices: [(PriorityGroup?, String, UIStrings.Key)] =
            CitizenFlow.priorityChoices.map { ($0, Self.priorityIcon($0), Self.priorityKey($0)) } + [
                (nil, "person", .priorityNone)
            ]
        let cells = body.insetBy(dx: 0, dy: body.height * (compact ? 0.02 : 0.1))
            .grid(columns: compact ? 3 : 5, rows: compact ? 2 : 1, gap: gap)
        var audio = [UIStrings.prompt(.priorityQuestion)]
        for ((group, icon, key), cell) in zip(choices, cells) {
            tile(
                cell, icon: icon, label: UIStrings.text(key, language), action: .choosePriority(group),
                id: "priority.\(group?.rawValue ?? "none")", into: &elements)
            audio.append(UIStrings.prompt(key))
        }
        return Screen(
            name: "priority", language: language, background: theme.background, elements: elements, audio: audio)
    }

    /// The done screen with the queue number: the number very large, its service and how many are
    /// ahead, then a picture of the ticket and a listening ear: keep the paper, listen for the number.
    func ticketDoneScreen(_ flow: CitizenFlow, number: CitizenFlow.QueueNumber) -> Screen {
        let language = flow.language
        var elements: [Element] = []
        var body = metrics.bounds.insetBy(dx: margin * 2, dy: margin * 2)
        let (top, rest) = body.sliceTop(metrics.mm(16), gap: gap)
        button(
            top.sliceRight(metrics.mm(46)).slice, icon: "speaker", label: UIStrings.text(.listenAgain, language),
            action: .listenAgain, id: "button.listen", fill: theme.selected, textColor: theme.text, into: &elements)
        elements.append(
            Element(
                frame: top.sliceRight(metrics.mm(46), gap: gap).rest,
                content: .text(UIStrings.text(.done, language), style(theme.titleMM, .bold))))
        let (bottom, middle) = rest.sliceBottom(actionHeight, gap: gap)
        body = middle
        button(
            bottom.sliceRight(metrics.mm(70)).slice, icon: "next", label: UIStrings.text(.finish, language),
            action: .finish, id: "button.finish", fill: theme.primary, textColor: theme.primaryText, into: &elements)

        let (card, advice) = body.sliceLeft(body.width * 0.5, gap: gap * 2)
        elements.append(
            Element(frame: card, content: .panel(fill: theme.tile, border: theme.tileBorder, cornerRadius: corner)))
        let inner = card.insetBy(dx: metrics.mm(3), dy: metrics.mm(2))
        let (label, afterLabel) = inner.sliceTop(inner.height * 0.16)
        let (big, facts) = afterLabel.sliceTop(afterLabel.height * 0.56)
        let (service, ahead) = facts.sliceTop(facts.height * 0.5)
        elements.append(
            Element(
                frame: label,
                content: .text(UIStrings.text(.yourNumber, language), style(theme.bodyMM, .bold, align: .center))))
        elements.append(
            Element(
                frame: big,
                content: .text(
                    number.number.description,
                    TextStyle(
                        size: min(big.height * 0.85, big.width / 3.2), weight: .bold, color: theme.bar,
                        alignment: .center)),
                id: "ticket.number"))
        elements.append(
            Element(
                frame: service, content: .text(number.service, style(theme.titleMM, .bold, align: .center)),
                id: "ticket.service"))
        let aheadText = number.ahead.map { Self.aheadText($0, language: language) }
        if let aheadText {
            elements.append(
                Element(
                    frame: ahead,
                    content: .text(aheadText, style(theme.bodyMM, .bold, color: theme.primary, align: .center)),
                    id: "ticket.ahead"))
        }

        let (picture, words) = advice.sliceTop(advice.height * 0.42, gap: gap)
        elements.append(
            Element(frame: picture.centeredSquare(min(metrics.mm(40), picture.height)), content: .icon("ticket")))
        var text = UIStrings.text(.keepTicket, language)
        if let code = flow.draftCode { text += "\n\(UIStrings.text(.draftCode, language)): \(code)" }
        elements.append(Element(frame: words, content: .text(text, style(theme.bodyMM, .bold))))
        let spelled = number.number.spelled.joined(separator: " ")
        return Screen(
            name: "done.ticket", language: language, background: theme.background, elements: elements,
            audio: [UIStrings.prompt(.done), UIStrings.prompt(.yourNumber), UIStrings.say(spelled)]
                + (aheadText.map { [UIStrings.say($0)] } ?? []) + [UIStrings.prompt(.keepTicket)])
    }

    /// "2 people ahead of you" / "Nobody is ahead of you".
    static func aheadText(_ count: Int, language: String) -> String {
        count == 0
            ? UIStrings.text(.nobodyAhead, language)
            : "\(count) \(UIStrings.text(count == 1 ? .personAhead : .peopleAhead, language))"
    }

    static func priorityIcon(_ group: PriorityGroup) -> String {
        switch group {
        case .elderly: "elder"
        case .disabled: "disabled"
        case .pregnant: "pregnant"
        case .smallChild: "baby"
        }
    }

    static func priorityKey(_ group: PriorityGroup) -> UIStrings.Key {
        switch group {
        case .elderly: .priorityElderly
        case .disabled: .priorityDisabled
        case .pregnant: .priorityPregnant
        case .smallChild: .prioritySmallChild
        }
    }
}
