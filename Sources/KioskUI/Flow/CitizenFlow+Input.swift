import KioskForms

extension CitizenFlow {
    /// The actions that edit the current question's input; nil for an action that is not one (the
    /// flow's navigation then handles it).
    mutating func handleInput(_ action: UIAction) -> [Effect]? {
        if action == .toggleTelex {
            telex.toggle()
            if case .text(var composer) = input {
                composer.mode = telex ? .telex : .direct
                input = .text(composer)
            }
            return []
        }
        switch input {
        case .text(var composer):
            guard Self.edit(&composer, with: action) else { return nil }
            input = .text(composer)
            problem = nil
            return []
        case .number(var entry):
            switch action {
            case .key(let key):
                for character in key { entry.type(character) }
            case .backspace: entry.backspace()
            default: return nil
            }
            input = .number(entry)
            problem = nil
            return []
        case .date(var picker):
            guard case .adjustDate(let field, let steps) = action else { return nil }
            picker.adjust(field, by: steps)
            input = .date(picker)
            problem = nil
            return [.speak([UIStrings.say(picker.spoken(language: language))])]
        case .choices(let picker):
            return handleChoices(action, picker: picker)
        case .none:
            return nil
        }
    }

    mutating func handleChoices(_ action: UIAction, picker: ChoicePicker) -> [Effect]? {
        guard let question = currentQuestion else { return nil }
        var picker = picker
        defer { input = .choices(picker) }
        if picker.isFiltering {
            switch action {
            case .next, .back, .closeFilter:
                picker.isFiltering = false
            default:
                guard Self.edit(&picker.filter, with: action) else { return nil }
                picker.first = 0
            }
            return []
        }
        switch action {
        case .chooseOption(let value):
            guard let choice = question.choices.first(where: { $0.value == value }) else {
                problem = .invalid
                return []
            }
            guard picker.multiple else {
                let effects = choose(value)
                if problem == nil { _ = picker.toggle(value, order: []) }
                return effects
            }
            problem = nil
            let ticked = picker.toggle(value, order: question.choices.map(\.value))
            let spoken = spokenPrompt(for: choice)
            return [.speak(ticked ? [spoken] : [UIStrings.prompt(.unticked), spoken])]
        case .openFilter:
            picker.isFiltering = true
        case .showPage(let from):
            picker.first = min(max(0, from), max(0, listMatches(question, filter: picker.filter.text).count - 1))
        default:
            return nil
        }
        return []
    }

    /// A keyboard action on a composer; false when the action is not one.
    static func edit(_ composer: inout VietnameseComposer, with action: UIAction) -> Bool {
        switch action {
        case .key(let key):
            for character in key { composer.type(character) }
        case .tone(let tone): composer.applyTone(tone)
        case .backspace: composer.backspace()
        case .moveCaret(let offset): composer.moveCaret(by: offset)
        case .setCaret(let index): composer.moveCaret(by: index - composer.caret)
        case .shift: composer.toggleShift()
        default: return false
        }
        return true
    }

    /// The words of a choice in the flow's language.
    public func label(of choice: Choice) -> String {
        form?.text(for: choice.label, language: language) ?? choice.value
    }

    /// The indices of the current question's choices that match the list's filter, best first.
    public var listMatches: [Int] {
        guard let question = currentQuestion, case .choices(let picker) = input else { return [] }
        return listMatches(question, filter: picker.filter.text)
    }

    func listMatches(_ question: ScreenQuestion, filter: String) -> [Int] {
        ChoiceFilter.matches(question.choices.map(label(of:)), query: filter)
    }

    /// What says a choice: its recording, or its words for the synthesiser.
    func spokenPrompt(for choice: Choice) -> String {
        if let id = choice.label.itextID { return id }
        return UIStrings.say(label(of: choice))
    }
}
