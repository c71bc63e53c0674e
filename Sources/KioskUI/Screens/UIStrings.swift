/// The terminal's own words (not the form's), in each language it ships. Every string has a
/// spoken prompt with the id "ui.<key>", so no prompt is text only.
public enum UIStrings {
    public enum Key: String, Sendable, CaseIterable {
        case greeting, chooseLanguage, whatDoYouNeed, back, next, listenAgain
        case review, change, print, printing, printFailed, retry
        case done, doneDetail, draftCode, finish, required, invalid, languageName, addAnother, noMore
        case unticked, search, showList, matches, day, month, year
        case help, helpIntro, helpAgency, continueLater, assistedOn, assistedOff, saved, savedDetail
        case resume, resumeLabel, unknownCode, stillThere, stillHere, rating, skip, keepGoing, keepWaiting, dontWait,
            donePrintPending
        case statusAsking, statusReceived, statusProcessing, statusReady, statusRejected, statusReason
        case statusNotArrived, statusOffline, statusLastKnown, statusTryLater
        case problemOutOfPaper, problemJammed, problemCoverOpen, problemOutOfInk, problemOffline, problemUnreachable
        case priorityQuestion, priorityElderly, priorityDisabled, priorityPregnant, prioritySmallChild, priorityNone
        case yourNumber, peopleAhead, personAhead, nobodyAhead, keepTicket, takingNumber, noNumber
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
            .help: "Trợ giúp",
            .helpIntro: "Bạn cần giúp? Hãy hỏi người trực ở nhà văn hóa, hoặc gọi:",
            .helpAgency: "Nơi giải quyết",
            .continueLater: "Lưu lại, làm tiếp sau",
            .assistedOn: "Chế độ người hỗ trợ",
            .assistedOff: "Trở về chế độ thường",
            .saved: "Đã lưu hồ sơ của bạn. Mã để làm tiếp",
            .savedDetail: "Hãy ghi nhớ mã này. Lần sau, chạm \"Làm tiếp hồ sơ đã lưu\" và bấm mã.",
            .resume: "Làm tiếp hồ sơ đã lưu",
            .resumeLabel: "Bấm mã hồ sơ đã lưu",
            .unknownCode: "Không tìm thấy hồ sơ có mã này. Xin kiểm tra lại mã.",
            .stillThere: "Bạn còn ở đây không? Chạm vào màn hình để làm tiếp.",
            .stillHere: "Tôi vẫn ở đây",
            .rating: "Bạn thấy máy này có dễ dùng không? Chạm vào một khuôn mặt.",
            .skip: "Bỏ qua",
            .keepGoing: "Làm tiếp",
            .keepWaiting: "Chờ in",
            .dontWait: "Không chờ nữa",
            .donePrintPending:
                "Tờ khai của bạn đã được giữ lại và sẽ tự in khi máy in sửa xong. Xin nhận tờ khai ở chỗ cán bộ, và mang bản chính giấy tờ đến Trung tâm phục vụ hành chính công xã.",
            .problemOutOfPaper:
                "Máy in hết giấy. Xin nhờ cán bộ cho thêm giấy vào khay. Câu trả lời của bạn vẫn được giữ.",
            .statusAsking: "Đang hỏi Trung tâm về hồ sơ của bạn. Xin chờ một chút.",
            .statusReceived: "Trung tâm đã nhận hồ sơ của bạn.",
            .statusProcessing: "Trung tâm đang giải quyết hồ sơ của bạn.",
            .statusReady: "Hồ sơ của bạn đã có kết quả. Mời bạn đến Trung tâm để nhận.",
            .statusRejected: "Hồ sơ của bạn chưa được chấp nhận. Mời bạn đến Trung tâm để được hướng dẫn.",
            .statusReason: "Lý do",
            .statusNotArrived: "Hồ sơ của bạn chưa đến Trung tâm. Máy sẽ tự gửi khi có mạng.",
            .statusOffline: "Chưa liên lạc được với Trung tâm.",
            .statusLastKnown: "Tin mới nhất máy biết:",
            .statusTryLater: "Xin thử lại sau.",
            .problemJammed: "Máy in bị kẹt giấy. Xin nhờ cán bộ gỡ giấy kẹt. Câu trả lời của bạn vẫn được giữ.",
            .problemCoverOpen: "Nắp máy in đang mở. Hãy đóng nắp lại. Câu trả lời của bạn vẫn được giữ.",
            .problemOutOfInk: "Máy in hết mực. Xin nhờ cán bộ thay mực. Câu trả lời của bạn vẫn được giữ.",
            .problemOffline: "Máy in đang tắt. Xin nhờ cán bộ bật máy in. Câu trả lời của bạn vẫn được giữ.",
            .problemUnreachable:
                "Không kết nối được với máy in. Xin nhờ cán bộ kiểm tra dây cáp. Câu trả lời của bạn vẫn được giữ.",
            .priorityQuestion: "Bạn có thuộc diện được ưu tiên không? Chạm vào một hình.",
            .priorityElderly: "Người cao tuổi",
            .priorityDisabled: "Người khuyết tật",
            .priorityPregnant: "Phụ nữ có thai",
            .prioritySmallChild: "Đi cùng con nhỏ",
            .priorityNone: "Không",
            .yourNumber: "Số thứ tự của bạn",
            .peopleAhead: "người đang chờ trước bạn",
            .personAhead: "người đang chờ trước bạn",
            .nobodyAhead: "Không có ai chờ trước bạn",
            .keepTicket: "Hãy giữ tờ giấy số này. Ngồi chờ và lắng nghe: loa sẽ gọi số của bạn và quầy phải đến.",
            .takingNumber: "Đang lấy số thứ tự cho bạn…",
            .noNumber: "Chưa lấy được số thứ tự. Xin hỏi cán bộ để được xếp lượt.",
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
            .help: "Help",
            .helpIntro: "Need help? Ask the person on duty at the communal house, or call:",
            .helpAgency: "Handled by",
            .continueLater: "Save and continue later",
            .assistedOn: "Helper mode",
            .assistedOff: "Back to normal mode",
            .saved: "Your form is saved. Code to continue",
            .savedDetail: "Keep this code. Next time, touch \"Continue a saved form\" and press the code.",
            .resume: "Continue a saved form",
            .resumeLabel: "Press the code of your saved form",
            .unknownCode: "No saved form has this code. Please check the code.",
            .stillThere: "Are you still there? Touch the screen to go on.",
            .stillHere: "I am still here",
            .rating: "Was this terminal easy to use? Touch a face.",
            .skip: "Skip",
            .keepGoing: "Go on",
            .keepWaiting: "Keep waiting",
            .dontWait: "Don't wait",
            .donePrintPending:
                "Your form is kept and prints by itself once the printer is fixed. Ask the staff for it, and bring your original papers to the commune service center.",
            .statusAsking: "Asking the center about your form. Please wait a moment.",
            .statusReceived: "The center has received your form.",
            .statusProcessing: "The center is working on your form.",
            .statusReady: "Your form is ready. Please come to the center to collect the result.",
            .statusRejected: "Your form was not accepted. Please come to the center for advice.",
            .statusReason: "Reason",
            .statusNotArrived: "Your form has not reached the center yet. The terminal sends it when it is online.",
            .statusOffline: "The center cannot be reached now.",
            .statusLastKnown: "The latest news the terminal has:",
            .statusTryLater: "Please try again later.",
            .problemOutOfPaper:
                "The printer is out of paper. Please ask the staff to add paper. Your answers are kept.",
            .problemJammed: "Paper is stuck in the printer. Please ask the staff to clear it. Your answers are kept.",
            .problemCoverOpen: "The printer cover is open. Please close it. Your answers are kept.",
            .problemOutOfInk: "The printer is out of ink. Please ask the staff to replace it. Your answers are kept.",
            .problemOffline:
                "The printer is switched off. Please ask the staff to switch it on. Your answers are kept.",
            .problemUnreachable:
                "The printer cannot be reached. Please ask the staff to check its cable. Your answers are kept.",
            .priorityQuestion: "Do you have priority? Touch a picture.",
            .priorityElderly: "Elderly person",
            .priorityDisabled: "Person with a disability",
            .priorityPregnant: "Pregnant woman",
            .prioritySmallChild: "With a small child",
            .priorityNone: "No",
            .yourNumber: "Your number",
            .peopleAhead: "people are waiting before you",
            .personAhead: "person is waiting before you",
            .nobodyAhead: "Nobody is waiting before you",
            .keepTicket:
                "Keep this number slip. Wait and listen: the speaker will call your number and the counter to go to.",
            .takingNumber: "Taking a queue number for you…",
            .noNumber: "No queue number could be taken. Please ask the staff for your turn.",
        ],
    ]
}
