import Foundation
import Testing

@testable import KioskForms

/// Each procedure form loads as the kiosk loads it (its media CSVs from NAME-media/), in Vietnamese
/// and English only, with every picture it names present and a picture on every label and choice.
@Suite("Procedure forms load and are complete")
struct FormCheckTests {
    @Test(arguments: FormAssets.names)
    func loadsWithItsMedia(_ name: String) throws {
        let form = try FormAssets.load(name)
        #expect(form.id == name)
        #expect(form.languages == ["vi", "en"])
        #expect(form.defaultLanguage == "vi")
    }

    /// What `kiosk form check` reports, recordings left out: the prompt builder makes them.
    @Test(arguments: FormAssets.names)
    func hasNoProblemsButRecordings(_ name: String) throws {
        let form = try FormAssets.load(name)
        let problems = form.problems { file in file.hasSuffix(".wav") || FormAssets.mediaExists(file, of: name) }
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Labels (questions, groups) and choices carry a picture in both languages; hints and
    /// messages are text only. Every text exists in both languages.
    @Test(arguments: FormAssets.names)
    func everyLabelAndChoiceHasAPicture(_ name: String) throws {
        let form = try FormAssets.load(name)
        let ids = Set(form.translations.flatMap(\.texts.keys))
        #expect(!ids.isEmpty)
        for translation in form.translations {
            for id in ids.sorted() {
                let forms = translation.texts[id] ?? [:]
                #expect(forms[.long] != nil, "\(id) has no text in \(translation.name)")
                let isLabel = id.hasSuffix(":label") || !id.contains(":")
                if isLabel { #expect(forms[.image] != nil, "\(id) has no picture in \(translation.name)") }
            }
        }
    }

    /// A question the citizen answers has a label (a calculation has none and is never shown).
    @Test(arguments: FormAssets.names)
    func everyQuestionIsLabelled(_ name: String) throws {
        let form = try FormAssets.load(name)
        for question in form.questions {
            #expect(question.label.itextID != nil, "\(question.path) has no translated label")
        }
    }
}
