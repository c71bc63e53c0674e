import KioskProcedures
import Testing

@Suite("Phone numbers and social insurance codes")
struct VietnamesePhoneTests {
    @Test(arguments: [
        ("0912345678", "0912345678", VietnamesePhone.Kind.mobile),
        ("0912 345 678", "0912345678", .mobile),
        ("091.234.5678", "0912345678", .mobile),
        ("+84 912 345 678", "0912345678", .mobile),
        ("+84912345678", "0912345678", .mobile),
        ("0084 389 123 456", "0389123456", .mobile),
        ("0586123456", "0586123456", .mobile),
        ("0701234567", "0701234567", .mobile),
        ("0812345678", "0812345678", .mobile),
        ("02143812345", "02143812345", .landline),
        ("(0214) 381-2345", "02143812345", .landline),
        ("+84 24 3825 1234", "02438251234", .landline),
    ])
    func acceptedNumbersAreNormalisedToTheNationalForm(text: String, digits: String, kind: VietnamesePhone.Kind)
        throws
    {
        let phone = try VietnamesePhone(text)
        #expect(phone.digits == digits)
        #expect(phone.kind == kind)
    }

    @Test(arguments: [
        ("", VietnamesePhone.Problem.empty),
        (" - ", .empty),
        ("091234567", .wrongLength(9)),
        ("09123456789", .wrongLength(11)),
        ("0214381234", .wrongLength(10)),
        ("021438123456", .wrongLength(12)),
        ("0612345678", .unknownPrefix),
        ("0412345678", .unknownPrefix),
        ("0112345678", .unknownPrefix),
        ("912345678", .unknownPrefix),
        ("+1 912 345 678", .unknownPrefix),
        ("0912a45678", .invalidCharacter("a")),
        ("09+12345678", .invalidCharacter("+")),
    ])
    func refusedNumbersSayWhy(text: String, problem: VietnamesePhone.Problem) {
        #expect(throws: problem) { try VietnamesePhone(text) }
    }

    @Test func socialInsuranceCodesAreTenDigits() throws {
        #expect(try SocialInsuranceCode("0123456789").digits == "0123456789")
        #expect(try SocialInsuranceCode("01 2345 6789").digits == "0123456789")
        #expect(throws: SocialInsuranceCode.Problem.wrongLength(9)) { try SocialInsuranceCode("012345678") }
        #expect(throws: SocialInsuranceCode.Problem.wrongLength(12)) { try SocialInsuranceCode("012345678901") }
        #expect(throws: SocialInsuranceCode.Problem.notDigits) { try SocialInsuranceCode("01234S6789") }
        #expect(throws: SocialInsuranceCode.Problem.wrongLength(0)) { try SocialInsuranceCode("") }
    }
}
