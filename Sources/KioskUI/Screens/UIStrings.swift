/// The terminal's own words (not the form's), in each language it ships. Every string has a
/// spoken prompt with the id "ui.<key>", so no prompt is text only.
public enum UIStrings {
    public enum Key: String, Sendable, CaseIterable {
        case greeting, chooseLanguage, whatDoYouNeed, back, next, listenAgain
        case review, change, print, printing, printFailed, retry
        case done, doneDetail, draftCode, finish, required, invalid, languageName, addAnother, noMore
        case unticked, search, showList, matches, day, month, year
    }

    /// The text of `key` in `language`, falling back to Vietnamese.
    public static func text(_ key: Key, _ language: String) -> String {
        table[language]?[key] ?? table["vi"]?[key] ?? key.rawValue
    }

    /// The prompt id of `key` in a language ("ui.greeting" is spoken in the screen's language).
    public static func prompt(_ key: Key) -> String { "ui.\(key.rawValue)" }

    /// The prompt id that asks for `text` to be synthesised (espeak-ng) in the screen's language:
    /// names, dates and list items that have no recording. See `PromptPlayer`.
    public static func say(_ text: String) -> String { "say:" + text }

    static let table: [String: [Key: String]] = [
        "vi": [
            .languageName: "Tiếng Việt",
            .greeting: "Xin chào! Chạm vào ngôn ngữ của bạn",
            .chooseLanguage: "Chọn ngôn ngữ",
            .whatDoYouNeed: "Bạn cần làm thủ tục gì?",
            .back: "Quay lại",
            .next: "Tiếp theo",
            .listenAgain: "Nghe lại",
            .review: "Kiểm tra lại câu trả lời",
            .change: "Sửa",
            .print: "In tờ khai",
            .printing: "Đang in giấy tờ của bạn. Xin chờ một chút.",
            .printFailed: "Máy in đang gặp sự cố. Câu trả lời của bạn vẫn được giữ. Xin nhờ cán bộ giúp.",
            .retry: "In lại",
            .done: "Xong rồi!",
            .doneDetail: "Mang tờ khai này và bản chính giấy tờ đến Trung tâm phục vụ hành chính công xã.",
            .draftCode: "Mã hồ sơ",
            .finish: "Kết thúc",
            .required: "Xin hãy trả lời câu hỏi này để đi tiếp.",
            .invalid: "Câu trả lời chưa đúng. Xin hãy nhập lại.",
            .addAnother: "Thêm một người nữa",
            .noMore: "Không, đã đủ",
            .unticked: "Đã bỏ chọn",
            .search: "Tìm",
            .showList: "Xem danh sách",
            .matches: "kết quả",
            .day: "Ngày",
            .month: "Tháng",
            .year: "Năm",
        ],
        "en": [
            .languageName: "English",
            .greeting: "Hello! Touch your language",
            .chooseLanguage: "Choose your language",
            .whatDoYouNeed: "What do you need to do?",
            .back: "Back",
            .next: "Next",
            .listenAgain: "Listen again",
            .review: "Check your answers",
            .change: "Change",
            .print: "Print the form",
            .printing: "Printing your papers. Please wait a moment.",
            .printFailed: "The printer has a problem. Your answers are kept. Please ask the staff for help.",
            .retry: "Print again",
            .done: "All done!",
            .doneDetail: "Bring this form and your original papers to the commune service center.",
            .draftCode: "File code",
            .finish: "Finish",
            .required: "Please answer this question to go on.",
            .invalid: "That answer is not right. Please enter it again.",
            .addAnother: "Add one more",
            .noMore: "No, that is all",
            .unticked: "Taken off",
            .search: "Search",
            .showList: "Show the list",
            .matches: "found",
            .day: "Day",
            .month: "Month",
            .year: "Year",
        ],
    ]
}
