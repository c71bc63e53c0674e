import Foundation
import KioskForms
import KioskProcedures
import Testing

@testable import KioskUI

@Suite struct CitizenFlowTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func started() throws -> CitizenFlow {
        var flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi", "en"])
        #expect(flow.handle(.chooseLanguage("en"), at: now) == [])
        #expect(flow.step == .procedures)
        let effects = flow.handle(.chooseProcedure("birth-certificate-copy"), at: now)
        #expect(
            effects == [
                .startDraft(procedure: "birth-certificate-copy", form: "birth-certificate-copy", language: "en")
            ])
        #expect(flow.step == .question)
        return flow
    }

    @Test func anUnknownLanguageOrProcedureChangesNothing() throws {
        var flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi", "en"])
        #expect(flow.handle(.chooseLanguage("fr"), at: now) == [])
        #expect(flow.step == .language)
        _ = flow.handle(.chooseLanguage("vi"), at: now)
        #expect(flow.handle(.chooseProcedure("no-such"), at: now) == [])
        #expect(flow.step == .procedures)
    }

    @Test func aRequiredQuestionHoldsTheCitizenWithASpokenMessage() throws {
        var flow = try started()
        let effects = flow.handle(.next, at: now)
        #expect(effects == [.speak(["ui.required"])])
        #expect(flow.problem == .required)
        #expect(flow.currentQuestion?.path == "/data/for_whom")
    }

    @Test func choosingSavesAndSpeaksTheChoice() throws {
        var flow = try started()
        let effects = flow.handle(.chooseOption("child"), at: now)
        #expect(
            effects == [.saveAnswer(path: "/data/for_whom", value: "child"), .speak(["/data/for_whom/child:label"])])
        #expect(flow.handle(.chooseOption("stranger"), at: now) == [])
        #expect(flow.problem == .invalid)
        #expect(flow.session?.value(at: "/data/for_whom") == "child")
    }

    @Test func theNumericPadAnswerIsSavedWhenLeaving() throws {
        var flow = try started()
        _ = flow.handle(.chooseOption("self"), at: now)
        _ = flow.handle(.next, at: now)
        #expect(flow.currentQuestion?.path == "/data/birth_year")
        for key in ["1", "9", "8", "7"] { _ = flow.handle(.key(key), at: now) }
        _ = flow.handle(.backspace, at: now)
        _ = flow.handle(.key("5"), at: now)
        #expect(flow.entry == "1985")
        #expect(flow.handle(.next, at: now) == [.saveAnswer(path: "/data/birth_year", value: "1985")])
        #expect(flow.currentQuestion?.path == "/data/copies")
        _ = flow.handle(.back, at: now)
        #expect(flow.entry == "1985", "coming back shows the answer given")
        #expect(flow.handle(.next, at: now) == [], "an unchanged answer is not saved again")
    }

    @Test func reviewEditPrintAndFinish() throws {
        var flow = try started()
        _ = flow.handle(.chooseOption("parent"), at: now)
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.key("1"), at: now)
        _ = flow.handle(.key("9"), at: now)
        _ = flow.handle(.key("5"), at: now)
        _ = flow.handle(.key("0"), at: now)
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.chooseOption("2"), at: now)
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.chooseOption("office"), at: now)
        _ = flow.handle(.next, at: now)
        #expect(flow.step == .review)

        _ = flow.handle(.edit(screen: "q:/data/copies"), at: now)
        #expect(flow.currentQuestion?.path == "/data/copies")
        _ = flow.handle(.chooseOption("3"), at: now)
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.next, at: now)
        #expect(flow.step == .review)

        #expect(flow.handle(.print, at: now) == [.print])
        #expect(flow.step == .printing)
        flow.printFinished(succeeded: false)
        #expect(flow.step == .printFailed)
        #expect(flow.session?.value(at: "/data/copies") == "3", "a failed print loses nothing")
        #expect(flow.handle(.retryPrint, at: now) == [.print])
        flow.printFinished(succeeded: true)
        #expect(flow.step == .done)
        #expect(flow.handle(.finish, at: now) == [.endSession])
        #expect(flow.step == .rating, "the done screen leads to the satisfaction rating")
        #expect(flow.session == nil, "with no answer left in memory")
        #expect(
            flow.handle(.rate(4), at: now) == [
                .rate(score: 4, procedure: "birth-certificate-copy", language: "en"), .endSession,
            ])
        #expect(flow.procedure == nil)
        #expect(flow.step == .language)
        #expect(flow.session == nil)
        #expect(flow.language == "vi")
    }

    @Test func backFromTheFirstQuestionEndsTheSession() throws {
        var flow = try started()
        _ = flow.handle(.chooseOption("self"), at: now)
        #expect(flow.handle(.back, at: now) == [.endSession])
        #expect(flow.step == .procedures)
        #expect(flow.session == nil)
    }

    @Test func listenAgainWorksEverywhere() throws {
        var flow = CitizenFlow(catalog: try Fixtures.catalog(), forms: try Fixtures.forms(), languages: ["vi"])
        #expect(flow.handle(.listenAgain, at: now) == [.repeatPrompts])
        flow = try started()
        #expect(flow.handle(.listenAgain, at: now) == [.repeatPrompts])
    }
}

@Suite struct FieldListFlowTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// A form whose mother's details are one field-list group: the citizen still gets them one by one.
    func flow() throws -> CitizenFlow {
        let xml = """
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
            <h:head><h:title>T</h:title><model><instance><data id="fl"><mother><year/><copies/></mother><done/></data></instance>
            <bind nodeset="/data/mother/year" type="int" required="true()" constraint=". &gt; 1900"/>
            <bind nodeset="/data/mother/copies" required="true()"/>
            </model></h:head><h:body>
            <group ref="/data/mother" appearance="field-list"><label>Mẹ</label>
              <input ref="/data/mother/year"><label>Năm sinh</label></input>
              <select1 ref="/data/mother/copies"><label>Số bản</label><item><label>Một</label><value>1</value></item></select1>
            </group>
            <select1 ref="/data/done"><label>Xong?</label><item><label>Có</label><value>yes</value></item></select1>
            </h:body></h:html>
            """
        let form = try XForm.parse(Data(xml.utf8))
        let catalog = Catalog(procedures: [
            Procedure(id: "p", form: "fl", icon: "certificate", names: ["vi": "P"], agency: [:])
        ])
        var flow = CitizenFlow(catalog: catalog, forms: ["fl": form], languages: ["vi"])
        _ = flow.handle(.chooseLanguage("vi"), at: now)
        _ = flow.handle(.chooseProcedure("p"), at: now)
        return flow
    }

    @Test func aFieldListIsAskedOneQuestionAtATime() throws {
        var flow = try flow()
        #expect(flow.currentQuestion?.path == "/data/mother/year")
        _ = flow.handle(.next, at: now)
        #expect(flow.problem == .required, "the first question is checked on its own")
        _ = flow.handle(.key("1"), at: now)
        _ = flow.handle(.key("8"), at: now)
        _ = flow.handle(.next, at: now)
        #expect(flow.problem == .constraint(""), "18 is refused by the constraint")
        _ = flow.handle(.backspace, at: now)
        _ = flow.handle(.backspace, at: now)
        for key in ["1", "9", "6", "0"] { _ = flow.handle(.key(key), at: now) }
        _ = flow.handle(.next, at: now)
        #expect(flow.currentQuestion?.path == "/data/mother/copies")
        _ = flow.handle(.back, at: now)
        #expect(flow.currentQuestion?.path == "/data/mother/year")
        #expect(flow.entry == "1960")
        _ = flow.handle(.next, at: now)
        _ = flow.handle(.chooseOption("1"), at: now)
        _ = flow.handle(.next, at: now)
        #expect(flow.currentQuestion?.path == "/data/done")
        _ = flow.handle(.back, at: now)
        #expect(flow.currentQuestion?.path == "/data/mother/copies", "back lands on the last question of the group")
    }
}
