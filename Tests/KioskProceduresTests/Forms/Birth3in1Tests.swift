import Foundation
import KioskForms
import KioskProcedures
import Testing

/// The "3 in 1" for a child under 6, filled by families as they come: the cases the document
/// checklist depends on (born at a facility or at home, father declared or not, the household the
/// child joins) and the answers the form must refuse, with their messages in both languages.
@Suite("Form: birth-3in1")
struct Birth3in1Tests {
    let fill: FormFill

    init() throws {
        fill = FormFill(form: try FormAssets.load("birth-3in1"))
    }

    /// A Hmong mother in Lũng Cú: born at the commune health station, the father declared, the
    /// child joins the father's household.
    static let hmongFamily = FormAssets.example("birth-3in1.hmong-facility-father")

    /// A Jrai grandmother in Ia Grai: born at home, no father declared, the child joins the
    /// grandparents' household, results by post.
    static let jraiFamily = FormAssets.example("birth-3in1.jrai-home-grandparents")

    /// A Tày father: born on the way, the father living elsewhere, the child joins another
    /// relative's household at another address.
    static let tayFamily = FormAssets.example("birth-3in1.tay-elsewhere-relative")

    @Test func bornAtAFacilityWithTheFatherDeclared() {
        let leaves = fill.fill(Self.hmongFamily).leaves
        #expect(leaves["/data/requester/phone"] == "0912345678")
        #expect(leaves["/data/child/dob_words"] == "Ngày năm tháng mười năm hai nghìn không trăm hai mươi sáu")
        #expect(leaves["/data/child/birth_place_text"] == "Trạm y tế xã Lũng Cú, Xã Lũng Cú, Tỉnh Tuyên Quang")
        #expect(leaves["/data/mother/mother_residence_text"] == "Thôn Lô Lô Chải, Xã Lũng Cú, Tỉnh Tuyên Quang")
        #expect(
            leaves["/data/father/father_details/father_residence_text"] == leaves["/data/mother/mother_residence_text"])
        #expect(leaves["/data/residence/head_name_final"] == "Giàng Seo Chứ")
        #expect(leaves["/data/residence/head_id_final"] == "002096001234")
        #expect(leaves["/data/residence/relation_to_head"] == "Con")
        #expect(
            leaves["/data/residence/request_content"]
                == "Đăng ký thường trú cho trẻ em Giàng Thị Mai vào hộ gia đình của chủ hộ Giàng Seo Chứ, tại Thôn Lô Lô Chải, Xã Lũng Cú, Tỉnh Tuyên Quang"
        )
        #expect(leaves["/data/insurance/guardian_name"] == "Vàng Thị Dợ")
        #expect(leaves["/data/result/result_address"] == "")
        #expect(leaves["/data/requester/requester_name"] == nil)
        #expect(leaves["/data/requester/requester_name_final"] == "Vàng Thị Dợ")
        #expect(leaves["/data/requester/requester_id_final"] == "002198004512")
    }

    @Test func bornAtHomeWithNoFatherDeclared() {
        let leaves = fill.fill(Self.jraiFamily).leaves
        #expect(leaves["/data/child/dob_words"] == "Ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi sáu")
        #expect(leaves["/data/child/facility_name"] == nil)
        #expect(leaves["/data/child/birth_place_text"] == "Xã Ia Grai, Tỉnh Gia Lai")
        #expect(leaves["/data/father/father_declared"] == "no")
        #expect(leaves["/data/father/father_details/father_name"] == nil)
        #expect(leaves["/data/father/father_details/father_id"] == nil)
        #expect(leaves["/data/residence/head_name_final"] == "Ksor Blui")
        #expect(leaves["/data/residence/relation_to_head"] == "Cháu")
        #expect(leaves["/data/insurance/guardian_name"] == "Rơ Lan H'Nga")
        #expect(leaves["/data/insurance/first_care_other"] == "Trung tâm Y tế khu vực Ia Grai")
        #expect(leaves["/data/result/result_address"] == "Làng Dơ Nâu, Xã Ia Grai, Tỉnh Gia Lai")
        #expect(leaves["/data/requester/requester_id"] == "064165002233")
        #expect(leaves["/data/requester/requester_name_final"] == "Rơ Lan H'Bia")
    }

    @Test func theFatherLivesElsewhereAndTheChildJoinsAnotherHousehold() {
        let leaves = fill.fill(Self.tayFamily).leaves
        #expect(
            leaves["/data/child/dob_words"] == "Ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm")
        #expect(leaves["/data/child/birth_place_text"] == "Xã Đồng Văn, Tỉnh Tuyên Quang")
        #expect(leaves["/data/father/father_details/father_residence_text"] == "Tổ 5, Phường Pleiku, Tỉnh Gia Lai")
        #expect(leaves["/data/residence/head_id_final"] == "002070009999")
        #expect(leaves["/data/residence/relation_to_head"] == "Cháu họ")
        #expect(leaves["/data/residence/home_text"] == "Thôn Sủng Trái, Xã Đồng Văn, Tỉnh Tuyên Quang")
        #expect(leaves["/data/insurance/guardian_name"] == "Hoàng Văn Bình")
        #expect(leaves["/data/result/copies"] == "2")
    }

    /// The date in words is the one VietnameseDateWords writes, for every fixture.
    @Test(arguments: [hmongFamily, jraiFamily, tayFamily])
    func theDateInWordsIsTheVietnameseRule(family: [String: String]) throws {
        let leaves = fill.fill(family).leaves
        let dob = try #require(family["/data/child/dob"])
        #expect(leaves["/data/child/dob_words"] == (try VietnameseDateWords.words(iso: dob)))
    }

    /// Answers that must be refused, with the question they stop at and its message in each language.
    static let refusals: [(name: String, change: [String: String], path: String, vi: String, en: String)] = [
        (
            "mother's ID of another year", ["/data/mother/mother_id": "002199004512"], "/data/mother/mother_id",
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước của người mẹ, và khớp với năm sinh của người mẹ.",
            "The personal ID number must have exactly 12 digits, as printed on the mother's ID card, and match the mother's year of birth."
        ),
        (
            "mother's ID of a man", ["/data/mother/mother_id": "002098004512"], "/data/mother/mother_id",
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước của người mẹ, và khớp với năm sinh của người mẹ.",
            "The personal ID number must have exactly 12 digits, as printed on the mother's ID card, and match the mother's year of birth."
        ),
        (
            "father's ID of 11 digits", ["/data/father/father_details/father_id": "00209600123"],
            "/data/father/father_details/father_id",
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước của người cha, và khớp với năm sinh của người cha.",
            "The personal ID number must have exactly 12 digits, as printed on the father's ID card, and match the father's year of birth."
        ),
        (
            "requester's ID of no province",
            [
                "/data/requester/relation": "relative", "/data/requester/requester_name": "Vàng Seo Pao",
                "/data/requester/requester_id": "099065001234",
            ],
            "/data/requester/requester_id",
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước.",
            "The personal ID number must have exactly 12 digits, as printed on the ID card."
        ),
        (
            "phone of an old prefix", ["/data/requester/phone": "01234567890"], "/data/requester/phone",
            "Số điện thoại phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (số máy bàn: 11 chữ số, bắt đầu bằng 02).",
            "The phone number must have 10 digits starting with 03, 05, 07, 08 or 09 (a landline: 11 digits starting with 02)."
        ),
        (
            "phone too short", ["/data/requester/phone": "091234567"], "/data/requester/phone",
            "Số điện thoại phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (số máy bàn: 11 chữ số, bắt đầu bằng 02).",
            "The phone number must have 10 digits starting with 03, 05, 07, 08 or 09 (a landline: 11 digits starting with 02)."
        ),
        (
            "born tomorrow", ["/data/child/dob": "2026-11-19"], "/data/child/dob",
            "Ngày sinh không được sau hôm nay, và thủ tục này dành cho trẻ dưới 6 tuổi.",
            "The date of birth cannot be after today, and this procedure is for children under 6."
        ),
        (
            "six years old", ["/data/child/dob": "2020-11-01"], "/data/child/dob",
            "Ngày sinh không được sau hôm nay, và thủ tục này dành cho trẻ dưới 6 tuổi.",
            "The date of birth cannot be after today, and this procedure is for children under 6."
        ),
        (
            "mother born before 1900", ["/data/mother/mother_birth_year": "1899"], "/data/mother/mother_birth_year",
            "Năm sinh phải từ 1900 đến năm nay.", "The year of birth must be between 1900 and this year."
        ),
    ]

    @Test(arguments: refusals.indices)
    func refused(_ index: Int) {
        let refusal = Self.refusals[index]
        for (language, message) in [("vi", refusal.vi), ("en", refusal.en)] {
            let answers = Self.hmongFamily.merging(refusal.change) { $1 }
            #expect(
                fill.fill(answers, language: language) == .stopped(.constraint(path: refusal.path, message: message)),
                "\(refusal.name) in \(language)")
        }
    }

    /// With no father declared, his household and his home town cannot be chosen.
    @Test func theFatherCannotBeChosenWhenNotDeclared() {
        var answers = Self.jraiFamily
        answers["/data/origin/home_town_of"] = "father"
        #expect(
            fill.fill(answers, language: "en")
                == .stopped(
                    .constraint(
                        path: "/data/origin/home_town_of",
                        message: "The father is not declared: choose the mother's home town.")))
        answers = Self.jraiFamily
        answers["/data/residence/head_who"] = "father"
        answers["/data/residence/head/head_name"] = nil
        answers["/data/residence/head/head_id"] = nil
        #expect(
            fill.fill(answers)
                == .stopped(
                    .constraint(
                        path: "/data/residence/head_who", message: "Chưa khai tên cha của cháu: hãy chọn người khác.")))
    }

    /// A commune of another province is not among the choices once the province is chosen.
    @Test func theCommuneMustBeInTheProvince() {
        var answers = Self.hmongFamily
        answers["/data/child/birth_address/birth_commune"] = "23764"
        guard case .stopped(.invalidValue(let path, _, _)) = fill.fill(answers) else {
            Issue.record("a commune of Gia Lai accepted in Tuyên Quang")
            return
        }
        #expect(path == "/data/child/birth_address/birth_commune")
    }
}
