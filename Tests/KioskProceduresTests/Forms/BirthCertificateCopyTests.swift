import Foundation
import KioskForms
import Testing

/// The request for a copy of a birth certificate: the four first questions of the first version
/// (the end-to-end tests tap them), then the person's name and the requester's name and ID.
@Suite("Form: birth-certificate-copy")
struct BirthCertificateCopyTests {
    let fill: FormFill

    init() throws {
        fill = FormFill(form: try FormAssets.load("birth-certificate-copy"))
    }

    @Test func aParentAsksForTheirChildsCopy() {
        let outcome = fill.fill([
            "/data/for_whom": "child", "/data/birth_year": "2023", "/data/copies": "2", "/data/receive": "office",
            "/data/person_name": "Lò Văn Tú", "/data/requester_name": "Lò Văn Sáng",
            "/data/requester_id": "014080001234",
        ])
        #expect(
            outcome.leaves.filter { !$0.key.hasPrefix("/data/meta") } == [
                "/data/for_whom": "child", "/data/birth_year": "2023", "/data/copies": "2",
                "/data/receive": "office", "/data/person_name": "Lò Văn Tú", "/data/requester_name": "Lò Văn Sáng",
                "/data/requester_id": "014080001234",
            ], "\(outcome)")
    }

    @Test func aCopyForOneselfAsksNoOtherName() {
        let outcome = fill.fill([
            "/data/for_whom": "self", "/data/birth_year": "1985", "/data/copies": "1", "/data/receive": "post",
            "/data/requester_name": "Hà Thị Lan", "/data/requester_id": "008185012345",
        ])
        #expect(outcome.leaves["/data/person_name"] == nil, "\(outcome)")
        #expect(outcome.leaves["/data/requester_id"] == "008185012345")
    }

    /// For oneself, the ID number's year digits must be the year of birth given.
    @Test(arguments: [
        (
            "vi",
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước; nếu xin cho bản thân, số đó phải khớp với năm sinh của bạn."
        ),
        (
            "en",
            "The personal ID number must have exactly 12 digits, as printed on the ID card; when the copy is for yourself, it must match your year of birth."
        ),
    ])
    func anIDNumberOfAnotherYearIsRefused(language: String, message: String) {
        let answers = [
            "/data/for_whom": "self", "/data/birth_year": "1985", "/data/copies": "1", "/data/receive": "office",
            "/data/requester_name": "Hà Thị Lan", "/data/requester_id": "008190012345",
        ]
        #expect(
            fill.fill(answers, language: language)
                == .stopped(.constraint(path: "/data/requester_id", message: message)))
        // The same number for someone else's copy says nothing about the requester's year.
        var forChild = answers
        forChild["/data/for_whom"] = "child"
        forChild["/data/person_name"] = "Hà Văn Nam"
        #expect(fill.fill(forChild, language: language).leaves["/data/requester_id"] == "008190012345")
    }

    @Test(arguments: ["00818501234", "000185012345", "00818501234x"])
    func aMalformedIDNumberIsRefused(number: String) {
        let outcome = fill.fill([
            "/data/for_whom": "child", "/data/birth_year": "2020", "/data/copies": "1", "/data/receive": "office",
            "/data/person_name": "Hà Văn Nam", "/data/requester_name": "Hà Thị Lan", "/data/requester_id": number,
        ])
        guard case .stopped(.constraint(let path, _)) = outcome else {
            Issue.record("\(number) accepted: \(outcome)")
            return
        }
        #expect(path == "/data/requester_id")
    }

    @Test(arguments: [
        ("vi", "Năm sinh phải từ 1900 đến năm nay."), ("en", "The year of birth must be between 1900 and this year."),
    ])
    func aYearOfBirthOutOfRangeIsRefused(language: String, message: String) {
        for year in ["1899", "2027"] {
            let outcome = fill.fill(["/data/for_whom": "parent", "/data/birth_year": year], language: language)
            #expect(outcome == .stopped(.constraint(path: "/data/birth_year", message: message)), "\(year)")
        }
    }
}
