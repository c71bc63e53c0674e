import Foundation
import Testing

// For ScreenQuestion's memberwise initializer: the style tests build questions of every kind.
@testable import KioskForms
@testable import KioskUI

/// The flow on each kind of question of the all-types form.
@Suite struct QuestionFlowTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21

    func started(language: String = "vi") throws -> CitizenFlow {
        var flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi", "en"])
        _ = flow.handle(.chooseLanguage(language), at: now)
        _ = flow.handle(.chooseProcedure("all-types"), at: now)
        return flow
    }

    /// The flow on the question at `path`, the ones before it answered as simply as they can be.
    func flow(at path: String) throws -> CitizenFlow {
        var flow = try started()
        for _ in 0..<20 {
            guard let question = flow.currentQuestion, question.path != path else { break }
            if question.isRequired, question.value == nil {
                switch flow.style {
                case .keyboard: _ = flow.handle(.key("a"), at: now)
                case .tiles, .list: _ = flow.handle(.chooseOption(question.choices[0].value), at: now)
                default: break
                }
            }
            _ = flow.handle(.next, at: now)
        }
        #expect(flow.currentQuestion?.path == path)
        return flow
    }

    func type(_ keys: [UIAction], on flow: inout CitizenFlow) {
        for key in keys { #expect(flow.handle(key, at: now) == [], "\(key) speaks or saves nothing") }
    }

    @Test func textIsTypedAndSavedWhenLeaving() throws {
        var flow = try started()
        #expect(flow.style == .keyboard(.words))
        #expect(flow.handle(.next, at: now) == [.speak(["ui.required"])])
        #expect(flow.problem == .required)
        type([.key("g"), .key("i"), .key("a"), .key("n"), .key("g"), .tone(.huyen), .key(" "), .key("a")], on: &flow)
        #expect(flow.problem == nil, "typing clears the message")
        #expect(flow.entry == "Giàng A")
        type([.key(" "), .key(" ")], on: &flow)
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/name", value: "Giàng A")], "trimmed")
        #expect(flow.currentQuestion?.path == "/data/birth_date")
        _ = flow.handle(.back, at: now)
        guard case .text(let composer) = flow.input else {
            Issue.record("the keyboard is back")
            return
        }
        #expect(composer.text == "Giàng A")
        #expect(composer.caret == 7, "the caret at the end")
        type([.moveCaret(-2), .backspace], on: &flow)
        #expect(flow.entry == "Giàn A")
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/name", value: "Giàn A")])
    }

    @Test func telexIsAModeForTheWholeSession() throws {
        var flow = try started()
        _ = flow.handle(.toggleTelex, at: now)
        #expect(flow.telex)
        type([.key("t"), .key("h"), .key("i"), .key("j")], on: &flow)
        #expect(flow.entry == "Thị")
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.back, at: now)
        guard case .text(let composer) = flow.input else { return }
        #expect(composer.mode == .telex, "kept when coming back")
        _ = flow.handle(.toggleTelex, at: now)
        type([.key("s")], on: &flow)
        #expect(flow.entry == "Thịs", "off again: s is a letter")
    }

    @Test func theDatePickerSpeaksEachChangeAndSavesWhatItShows() throws {
        var flow = try flow(at: "/data/birth_date")
        #expect(flow.style == .date)
        guard case .date(let start) = flow.input else {
            Issue.record("a date picker")
            return
        }
        #expect(start.iso == "2026-09-21", "today, injected")
        let effects = flow.handle(.adjustDate(.year, -10), at: now)
        #expect(effects == [.speak(["say:ngày hai mươi mốt tháng chín năm hai nghìn không trăm mười sáu"])])
        _ = flow.handle(.adjustDate(.month, -7), at: now)
        _ = flow.handle(.adjustDate(.day, 8), at: now)
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/birth_date", value: "2016-02-29")])
        #expect(flow.currentQuestion?.path == "/data/moved")
        #expect(
            flow.handle(.next, at: now) == [.saveAnswer(path: "/data/moved", value: "2026-09-01")],
            "an untouched picker gives what it shows")
        _ = flow.handle(.back, at: now)
        _ = flow.handle(.back, at: now)
        guard case .date(let again) = flow.input else { return }
        #expect(again.iso == "2016-02-29")
        #expect(flow.handle(.next, at: now) == [], "unchanged, not saved again")
    }

    @Test func numbersSaveDigitsWithoutGroups() throws {
        var flow = try flow(at: "/data/id_number")
        #expect(flow.style == .numbers(.idNumber))
        type("001234567890".map { .key(String($0)) }, on: &flow)
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/id_number", value: "001234567890")])
        #expect(flow.style == .numbers(.decimal))
        type([.key("3"), .key("."), .key("2"), .key("5"), .key("."), .backspace], on: &flow)
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/weight", value: "3.2")])
        #expect(flow.style == .numbers(.integer))
        type([.key("."), .key("0"), .key("2")], on: &flow)
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/children", value: "2")], "canonical int")
    }

    @Test func aLongListPagesFiltersAndAnswers() throws {
        var flow = try flow(at: "/data/ethnicity")
        #expect(flow.style == .list(multiple: false))
        #expect(flow.listMatches.count == 54)
        _ = flow.handle(.showPage(from: 8), at: now)
        guard case .choices(let paged) = flow.input else { return }
        #expect(paged.first == 8)
        _ = flow.handle(.showPage(from: 500), at: now)
        guard case .choices(let end) = flow.input else { return }
        #expect(end.first == 53, "clamped to the last match")

        _ = flow.handle(.openFilter, at: now)
        type([.key("e"), .key("d"), .key("e")], on: &flow)
        #expect(flow.listMatches.map { Fixtures.ethnicGroups[$0].value } == ["e_de"])
        guard case .choices(let filtering) = flow.input else { return }
        #expect(filtering.isFiltering && filtering.first == 0, "a new filter starts at the top")
        #expect(flow.handle(.back, at: now) == [], "back closes the filter, not the question")
        #expect(flow.currentQuestion?.path == "/data/ethnicity")
        guard case .choices(let closed) = flow.input else { return }
        #expect(!closed.isFiltering)
        #expect(closed.filter.text == "ede", "the filter stays")

        let effects = flow.handle(.chooseOption("e_de"), at: now)
        #expect(effects == [.saveAnswer(path: "/data/ethnicity", value: "e_de"), .speak(["say:Ê Đê"])])
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.back, at: now)
        guard case .choices(let reopened) = flow.input else { return }
        #expect(reopened.first == 10, "opens on the page of the answer")
        #expect(reopened.selected == ["e_de"])
    }

    @Test func aSelectTicksAndSavesOnNext() throws {
        var flow = try flow(at: "/data/languages")
        #expect(flow.style == .tiles(multiple: true))
        #expect(flow.handle(.chooseOption("tay"), at: now) == [.speak(["say:Tiếng Tày"])])
        _ = flow.handle(.chooseOption("vi"), at: now)
        #expect(flow.handle(.chooseOption("tay"), at: now) == [.speak(["ui.unticked", "say:Tiếng Tày"])])
        _ = flow.handle(.chooseOption("dao"), at: now)
        #expect(flow.handle(.chooseOption("xx"), at: now) == [])
        #expect(flow.problem == .invalid)
        #expect(
            flow.handle(.next, at: now) == [.saveAnswer(path: "/data/languages", value: "vi dao")],
            "in the choices' order")
        #expect(flow.style == .list(multiple: true))
        _ = flow.handle(.chooseOption("tax"), at: now)
        _ = flow.handle(.chooseOption("birth"), at: now)
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/papers", value: "birth tax")])
    }

    @Test func notesAndTriggers() throws {
        var flow = try flow(at: "/data/note")
        #expect(flow.style == .note)
        #expect(flow.handle(.key("1"), at: now) == [], "nothing to type")
        #expect(flow.handle(.next, at: now) == [], "a read-only note saves nothing")
        #expect(flow.currentQuestion?.path == "/data/confirm")
        #expect(flow.style == .note)
        #expect(
            flow.handle(.next, at: now) == [.saveAnswer(path: "/data/confirm", value: "OK")],
            "a trigger is acknowledged")
        #expect(flow.currentQuestion?.path == "/data/agree")
    }
}

@Suite struct QuestionStyleTests {
    func question(
        _ control: Question.Control, _ type: DataType = .string, choices: Int = 0, appearance: String? = nil,
        readonly: Bool = false
    ) -> ScreenQuestion {
        let items = (0..<choices).map { Choice(value: "c\($0)", label: Label(literal: "C\($0)")) }
        return ScreenQuestion(
            question: Question(
                path: "/data/q", control: control, dataType: type, choices: items, appearance: appearance),
            path: "/data/q", value: nil, isRequired: false, isReadonly: readonly, choices: items)
    }

    @Test func styles() {
        #expect(QuestionStyle(question(.select1, choices: 3)) == .tiles(multiple: false))
        #expect(QuestionStyle(question(.select1, choices: 8)) == .tiles(multiple: false))
        #expect(QuestionStyle(question(.select1, choices: 9)) == .list(multiple: false))
        #expect(QuestionStyle(question(.select1, choices: 3, appearance: "minimal")) == .list(multiple: false))
        #expect(QuestionStyle(question(.select, choices: 4)) == .tiles(multiple: true))
        #expect(QuestionStyle(question(.select, choices: 40, appearance: "autocomplete")) == .list(multiple: true))
        #expect(QuestionStyle(question(.input)) == .keyboard(.words))
        #expect(QuestionStyle(question(.input, appearance: "lowercase")) == .keyboard(.none))
        #expect(QuestionStyle(question(.input, appearance: "sentence multiline")) == .keyboard(.sentence))
        #expect(QuestionStyle(question(.input, appearance: "numbers")) == .numbers(.digits))
        #expect(QuestionStyle(question(.input, appearance: "numbers id-number")) == .numbers(.idNumber))
        #expect(QuestionStyle(question(.input, appearance: "phone")) == .numbers(.phone))
        #expect(QuestionStyle(question(.input, .int)) == .numbers(.integer))
        #expect(QuestionStyle(question(.input, .decimal)) == .numbers(.decimal))
        #expect(QuestionStyle(question(.input, .date)) == .date)
        #expect(QuestionStyle(question(.input, readonly: true)) == .note)
        #expect(QuestionStyle(question(.trigger)) == .note)
    }
}
