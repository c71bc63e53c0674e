extension XForm {
    /// What a technician must fix before the form goes to terminals: every itext id used by the
    /// body must have text in every language, and every media file a translation names must exist
    /// (`mediaExists` is asked with the file name, e.g. "person.svg", "for_whom.wav").
    public func problems(mediaExists: (String) -> Bool) -> [FormProblem] {
        var problems: [FormProblem] = []
        var used: [(place: String, id: String)] = []
        for question in questions {
            let labels = [question.label, question.hint].compactMap(\.self) + question.choices.map(\.label)
            used += labels.compactMap { label in label.itextID.map { (question.path, $0) } }
        }
        for bind in binds {
            for message in [bind.constraintMessage, bind.requiredMessage].compactMap(\.self) {
                if let id = message.itextID { used.append((bind.nodeset, id)) }
            }
        }
        for translation in translations {
            for (place, id) in used where translation.texts[id]?[.long] == nil && translation.texts[id]?[.short] == nil
            {
                problems.append(FormProblem(place: place, reason: "itext \(id) has no text in \(translation.name)"))
            }
        }
        var seen = Set<String>()
        for translation in translations {
            for (id, forms) in translation.texts.sorted(by: { $0.key < $1.key }) {
                for form in [TextForm.image, .bigImage, .audio, .video] {
                    guard let reference = forms[form]?.plain, !reference.isEmpty else { continue }
                    let name = String(reference.split(separator: "/").last ?? "")
                    guard !seen.contains(name) else { continue }
                    seen.insert(name)
                    if name.isEmpty || !mediaExists(name) {
                        problems.append(
                            FormProblem(place: "itext \(id)", reason: "\(form.rawValue) file \(reference) is missing"))
                    }
                }
            }
        }
        return problems
    }
}
