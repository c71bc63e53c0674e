extension ScreenBuilder {
    /// The code of a draft saved for later, typed on the numeric pad.
    func resumeScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        var audio = [UIStrings.prompt(.resumeLabel)]
        if let problem = flow.problem { audio.append(UIStrings.prompt(problem.key)) }
        let context = QuestionContext(
            name: "resume", language: language, title: UIStrings.text(.resume, language),
            label: UIStrings.text(.resumeLabel, language), image: "resume", hint: nil, problem: flow.problem,
            audio: audio, dots: (0, 0))
        return numbersScreen(context, entry: flow.resumeEntry)
    }

    /// A sent draft's status at the center: waiting while the center is asked, then its answer
    /// (received, being processed, ready, rejected with the reason), or the last known state when
    /// the center cannot be reached. A picture for each, and spoken.
    func draftStatusScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        let sent = flow.sentDraft ?? SentDraft(code: "", state: nil, reason: nil, answer: .offline)
        let spaced = sent.code.map(String.init).joined(separator: " ")
        var keys: [UIStrings.Key] = []
        var name: String
        var icon: String
        switch sent.answer {
        case .asking:
            keys = [.statusAsking]
            name = "status.asking"
            icon = "search"
        case .notArrived:
            keys = [.statusNotArrived]
            name = "status.notArrived"
            icon = "mail"
        case .center, .offline:
            if sent.answer == .offline { keys.append(.statusOffline) }
            switch sent.state {
            case .received?:
                name = "status.received"
                icon = "mail"
            case .processing?:
                name = "status.processing"
                icon = "helper"
            case .ready?:
                name = "status.ready"
                icon = "certificate"
            case .rejected?:
                name = "status.rejected"
                icon = "warning"
            case nil:
                name = "status.unknown"
                icon = "warning"
            }
            if let state = sent.state {
                if sent.answer == .offline { keys.append(.statusLastKnown) }
                keys.append(Self.statusKey(state))
            } else {
                keys.append(.statusTryLater)
            }
            if sent.answer == .offline { name += ".offline" }
        }
        var lines = ["\(UIStrings.text(.draftCode, language)): \(spaced)"] + keys.map { UIStrings.text($0, language) }
        var audio = keys.map(UIStrings.prompt)
        if let reason = sent.reason, sent.state == .rejected, sent.answer != .asking {
            lines.append("\(UIStrings.text(.statusReason, language)): \(reason)")
            audio += [UIStrings.prompt(.statusReason), UIStrings.say(reason)]
        }
        return message(
            flow, name: name, icon: icon, text: lines.joined(separator: "\n"), audio: audio,
            button: (UIStrings.text(.finish, language), .finish, "button.finish"),
            secondary: (UIStrings.text(.back, language), "back", .back, "button.back"))
    }

    static func statusKey(_ state: SentDraft.CenterState) -> UIStrings.Key {
        switch state {
        case .received: .statusReceived
        case .processing: .statusProcessing
        case .ready: .statusReady
        case .rejected: .statusRejected
        }
    }

    /// "Continue later": the code, large, spoken digit by digit.
    func savedScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        let code = flow.draftCode ?? ""
        let spaced = code.map(String.init).joined(separator: " ")
        let text = "\(UIStrings.text(.saved, language)):\n\(spaced)\n\(UIStrings.text(.savedDetail, language))"
        return message(
            flow, name: "saved", icon: "save", text: text,
            audio: [UIStrings.prompt(.saved), UIStrings.say(spaced), UIStrings.prompt(.savedDetail)],
            button: (UIStrings.text(.finish, language), .finish, "button.finish"))
    }

    /// Five faces, from unhappy to happy; a tap keeps the rating and ends the session.
    func ratingScreen(_ flow: CitizenFlow) -> Screen {
        let language = flow.language
        var elements: [Element] = []
        let body = topBar(language, title: UIStrings.text(.rating, language), back: false, help: false, into: &elements)
        let (bottom, faces) = body.sliceBottom(actionHeight, gap: gap)
        for (score, cell) in zip(
            1...5, faces.insetBy(dx: 0, dy: faces.height * 0.15).grid(columns: 5, rows: 1, gap: gap))
        {
            tile(
                cell, icon: "face-\(score)", label: String(repeating: "★", count: score), action: .rate(score),
                id: "rate.\(score)", into: &elements)
        }
        button(
            bottom.sliceRight(metrics.mm(56)).slice, icon: "next", label: UIStrings.text(.skip, language),
            action: .finish, id: "button.skip", fill: theme.secondary, textColor: theme.text, into: &elements)
        return Screen(
            name: "rating", language: language, background: theme.background, elements: elements,
            audio: [UIStrings.prompt(.rating)])
    }
}
