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
