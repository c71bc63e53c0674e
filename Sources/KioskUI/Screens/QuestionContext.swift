import KioskForms

/// What every question screen shows whatever its input: the words, the picture, the message,
/// the progress, and the prompts spoken when it opens.
struct QuestionContext {
    var name: String
    var language: String
    /// The top bar's title: the procedure.
    var title: String
    var label: String
    var image: String?
    var hint: String?
    var problem: CitizenFlow.Problem?
    var audio: [String]
    var dots: (count: Int, current: Int)
}

extension QuestionContext {
    init?(_ flow: CitizenFlow) {
        guard let form = flow.form, let session = flow.session, let question = flow.currentQuestion else {
            return nil
        }
        let definition = question.question
        name = "question.\(question.path)"
        language = flow.language
        title = flow.procedure?.name(in: language) ?? form.title
        label = session.text(for: definition.label, form: form, at: question.path) ?? question.path
        image = form.text(for: definition.label, language: language, form: .image)
        hint = definition.hint.flatMap { session.text(for: $0, form: form, at: question.path) }
        problem = flow.problem
        audio = definition.label.itextID.map { [$0] } ?? [UIStrings.say(label)]
        if let problem { audio.append(UIStrings.prompt(problem.key)) }
        dots = flow.progress
    }
}
