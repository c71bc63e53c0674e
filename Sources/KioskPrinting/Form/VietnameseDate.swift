import Foundation

/// Dates as Vietnamese forms write them: "ngày 22 tháng 11 năm 2026".
public enum VietnameseDate {
    public static func phrase(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current)
        -> String
    {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return "ngày \(parts.day ?? 0) tháng \(parts.month ?? 0) năm \(parts.year ?? 0)"
    }
}
