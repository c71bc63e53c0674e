/// How long the agency takes to give the result, as the procedure's legal text states it.
public enum ProcessingTime: Sendable, Equatable {
    /// The result is given on the day the application is received (when received in the morning,
    /// or before the afternoon cut-off the commune sets).
    case sameDay
    /// At most this many working days after a complete application is received.
    case workingDays(Int)

    /// The time in words: "Trong ngày", "10 ngày làm việc", "Within 10 working days"; Vietnamese for a
    /// language it has no words for.
    public func words(in language: String) -> String {
        let english = language == "en"
        switch self {
        case .sameDay: return english ? "The same day" : "Trong ngày"
        case .workingDays(let days):
            if english { return days == 1 ? "Within 1 working day" : "Within \(days) working days" }
            return "Không quá \(days) ngày làm việc"
        }
    }
}
