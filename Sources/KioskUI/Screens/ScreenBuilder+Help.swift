import KioskProcedures

extension ScreenBuilder {
    /// Whom to ask (the contacts provisioned on the terminal, then the agency of the procedure),
    /// and the ways out of being stuck: continue later, assisted mode, back to where the citizen was.
    func helpScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        var elements: [Element] = []
        let body = topBar(language, title: UIStrings.text(.help, language), back: true, help: false, into: &elements)
        let (bottom, middle) = body.sliceBottom(actionHeight, gap: gap)
        var lines = [UIStrings.text(.helpIntro, language)]
        var audio = [UIStrings.prompt(.helpIntro)]
        for contact in flow.helpContacts {
            let line = [contact.name, contact.phone].compactMap { $0 }.joined(separator: " — ")
            lines.append("• " + line)
            audio.append(UIStrings.say(line))
        }
        if let procedure = flow.procedure {
            let agency = procedure.agency[language] ?? procedure.agency["vi"] ?? ""
            var line = "\(UIStrings.text(.helpAgency, language)): \(agency)"
            if let phone = procedure.contact.phone { line += " — \(phone)" }
            lines.append(line)
            audio.append(UIStrings.say(line))
        }
        let (picture, words) = middle.sliceLeft(middle.width * 0.25, gap: gap * 2)
        elements.append(Element(frame: picture.centeredSquare(metrics.mm(50)), content: .icon("help")))
        elements.append(Element(frame: words, content: .text(lines.joined(separator: "\n"), style(theme.bodyMM))))
        let canSave = flow.draftCode != nil && (flow.step == .question || flow.step == .review)
        let slots = bottom.grid(columns: 3, rows: 1, gap: gap)
        button(
            slots[2], icon: "next", label: UIStrings.text(.keepGoing, language), action: .back, id: "button.continue",
            fill: theme.primary, textColor: theme.primaryText, into: &elements)
        button(
            slots[1], icon: "helper", label: UIStrings.text(flow.assisted ? .assistedOff : .assistedOn, language),
            action: .toggleAssisted, id: "button.assisted", fill: theme.secondary, textColor: theme.text,
            into: &elements)
        if canSave {
            button(
                slots[0], icon: "save", label: UIStrings.text(.continueLater, language), action: .saveForLater,
                id: "button.later", fill: theme.secondary, textColor: theme.text, into: &elements)
        }
        return Screen(name: "help", language: language, background: theme.background, elements: elements, audio: audio)
    }

    /// "Are you still there?", after the idle time; the session is wiped if nobody answers.
    func stillThereScreen(_ flow: CitizenFlow) -> Screen {
        message(
            flow, name: "still-there", icon: "still-there", text: UIStrings.text(.stillThere, flow.language),
            audio: [UIStrings.prompt(.stillThere)],
            button: (UIStrings.text(.stillHere, flow.language), .stillHere, "button.stillHere"),
            secondary: (UIStrings.text(.finish, flow.language), "back", .finish, "button.finish"))
    }

    /// A device problem: its picture, what to do, and the way on (print again once it is fixed).
    func deviceProblemScreen(_ flow: CitizenFlow, problem: DeviceProblem) -> Screen {
        let language = flow.language
        let canRetry = flow.step == .printFailed
        // While the form waits at the printer the citizen may go on without it: it prints later.
        let secondary: (label: String, icon: String, action: UIAction, id: String)? =
            canRetry
            ? (UIStrings.text(.back, language), "back", .back, "button.continue")
            : flow.step == .printing ? (UIStrings.text(.dontWait, language), "done", .finish, "button.dontWait") : nil
        return message(
            flow, name: "problem.\(problem.rawValue)", icon: problem.icon, text: UIStrings.text(problem.key, language),
            audio: [UIStrings.prompt(problem.key)],
            button: canRetry
                ? (UIStrings.text(.retry, language), .retryPrint, "button.retry")
                : (
                    UIStrings.text(flow.step == .printing ? .keepWaiting : .keepGoing, language), .back,
                    "button.continue"
                ),
            secondary: secondary)
    }
}
