import Foundation
import KioskForms
import Testing

/// The first registration of land: simple questions about how the family came to the land give the
/// official origin; the cases the checklist depends on (papers held, spouse, house on the land).
@Suite("Form: land-first-registration")
struct LandFirstRegistrationTests {
    let fill: FormFill

    init() throws {
        fill = FormFill(form: try FormAssets.load("land-first-registration"))
    }

    /// A Dao farmer in Lũng Cú: land cleared by the family in 1988, no papers, no numbers known,
    /// the maize field shared with a neighbour's path, nothing built.
    static let clearedWithoutPapers = FormAssets.example("land-first-registration.cleared-no-papers")

    /// A Jrai couple in Ia Grai: house land inherited, papers of the inheritance and tax receipts,
    /// numbers known, a house on it, fees recorded as a debt.
    static let inheritedHouseLand = FormAssets.example("land-first-registration.inherited-house")

    @Test func landClearedByTheFamilyIsRecognised() {
        let leaves = fill.fill(Self.clearedWithoutPapers).leaves
        #expect(leaves["/data/origin/origin_official"] == "Công nhận quyền sử dụng đất")
        #expect(leaves["/data/use/purpose_official"] == "Đất trồng cây hằng năm khác")
        #expect(leaves["/data/use/term"] == "")
        #expect(leaves["/data/parcel/area_private"] == "2340")
        #expect(leaves["/data/parcel/parcel_place_text"] == "Thôn Thèn Ván, Xã Lũng Cú, Tỉnh Tuyên Quang")
        #expect(leaves["/data/parcel/numbers/map_sheet"] == nil)
        #expect(leaves["/data/origin/papers"] == nil)
        #expect(leaves["/data/assets/register_assets"] == nil)
        #expect(leaves["/data/applicant/spouse/spouse_name"] == nil)
    }

    @Test func inheritedHouseLandWithPapers() {
        let leaves = fill.fill(Self.inheritedHouseLand).leaves
        #expect(leaves["/data/origin/origin_official"] == "Nhận thừa kế quyền sử dụng đất")
        #expect(leaves["/data/use/purpose_official"] == "Đất ở")
        #expect(leaves["/data/use/term"] == "Lâu dài")
        #expect(leaves["/data/parcel/area_private"] == "312.5")
        #expect(leaves["/data/parcel/numbers/parcel_number"] == "345")
        #expect(leaves["/data/origin/papers"] == "inheritance tax")
        #expect(leaves["/data/assets/house_area"] == "84")
        #expect(leaves["/data/applicant/spouse/spouse_id"] == "064181002211")
        #expect(leaves["/data/finance/debt"] == "yes")
    }

    /// Each way of coming to the land gives its official origin.
    @Test(arguments: [
        ("allocated", "Nhà nước giao đất"), ("inherited", "Nhận thừa kế quyền sử dụng đất"),
        ("given", "Nhận tặng cho quyền sử dụng đất"), ("bought", "Nhận chuyển nhượng quyền sử dụng đất"),
        ("cleared", "Công nhận quyền sử dụng đất"), ("other", "Công nhận quyền sử dụng đất"),
    ])
    func originInTheCitizensWords(howGot: String, official: String) {
        var answers = Self.clearedWithoutPapers
        answers["/data/origin/how_got"] = howGot
        #expect(fill.fill(answers).leaves["/data/origin/origin_official"] == official)
    }

    static let refusals: [(name: String, change: [String: String], path: String, vi: String, en: String)] = [
        (
            "ID of another year", ["/data/applicant/applicant_id": "002063003456"], "/data/applicant/applicant_id",
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước, và khớp với năm sinh của bạn.",
            "The personal ID number must have exactly 12 digits, as printed on the ID card, and match your year of birth."
        ),
        (
            "phone of 9 digits", ["/data/applicant/applicant_phone": "097123456"], "/data/applicant/applicant_phone",
            "Số điện thoại phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (số máy bàn: 11 chữ số, bắt đầu bằng 02).",
            "The phone number must have 10 digits starting with 03, 05, 07, 08 or 09 (a landline: 11 digits starting with 02)."
        ),
        (
            "shared part larger than the land", ["/data/parcel/area_shared": "2400"], "/data/parcel/area_shared",
            "Phần dùng chung phải lớn hơn 0 và nhỏ hơn cả mảnh đất.",
            "The shared part must be more than 0 and less than the whole land."
        ),
        (
            "nothing and a house", ["/data/assets/on_land": "none house", "/data/assets/house_area": "40"],
            "/data/assets/on_land", "\"Không có gì\" không chọn cùng với thứ khác.",
            "\"Nothing\" cannot be chosen with anything else."
        ),
    ]

    @Test(arguments: refusals.indices)
    func refused(_ index: Int) {
        let refusal = Self.refusals[index]
        for (language, message) in [("vi", refusal.vi), ("en", refusal.en)] {
            let answers = Self.clearedWithoutPapers.merging(refusal.change) { $1 }
            #expect(
                fill.fill(answers, language: language) == .stopped(.constraint(path: refusal.path, message: message)),
                "\(refusal.name) in \(language)")
        }
    }
}
