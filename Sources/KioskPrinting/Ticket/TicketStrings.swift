/// The small texts of a ticket in the citizen's language; Vietnamese when there is no translation.
struct TicketStrings: Sendable {
    var yourNumber: String
    var service: String
    var noOneAhead: String
    var peopleAhead: @Sendable (Int) -> String
    var draftCode: String
    var pleaseWait: String

    static func language(_ code: String) -> TicketStrings {
        code == "en" ? english : vietnamese
    }

    static let vietnamese = TicketStrings(
        yourNumber: "SỐ THỨ TỰ CỦA BẠN", service: "Dịch vụ", noOneAhead: "Không có ai chờ trước bạn",
        peopleAhead: { "Số người đang chờ trước bạn: \($0)" }, draftCode: "Mã hồ sơ",
        pleaseWait: "Xin vui lòng chờ gọi đến số của bạn")

    static let english = TicketStrings(
        yourNumber: "YOUR NUMBER", service: "Service", noOneAhead: "No one is waiting before you",
        peopleAhead: { "People waiting before you: \($0)" }, draftCode: "Draft code",
        pleaseWait: "Please wait until your number is called")
}
