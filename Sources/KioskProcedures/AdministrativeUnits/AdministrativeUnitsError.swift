/// Why an administrative-unit file was refused. The kiosk keeps running on the files it had; the
/// message names the file and line for the technician.
public enum AdministrativeUnitsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Which of the choice-list files.
    public enum List: String, Sendable, Equatable {
        case provinces = "provinces.csv"
        case communes = "communes.csv"
        case legacyProvinces = "legacy-provinces.csv"
        case legacyDistricts = "legacy-districts.csv"
        case legacyWards = "legacy-wards.csv"
    }

    case notUTF8(List)
    case empty(List)
    case malformedCSV(List, line: Int, reason: String)
    case missingColumn(List, column: String)
    case wrongFieldCount(List, line: Int, expected: Int, found: Int)
    case emptyValue(List, line: Int, column: String)
    case duplicateCode(List, code: String)
    case unknownParent(List, code: String, parent: String)

    public var description: String {
        switch self {
        case .notUTF8(let list): "\(list.rawValue): not UTF-8 text"
        case .empty(let list): "\(list.rawValue): empty file"
        case .malformedCSV(let list, let line, let reason): "\(list.rawValue) line \(line): \(reason)"
        case .missingColumn(let list, let column): "\(list.rawValue): no column \"\(column)\" in the header"
        case .wrongFieldCount(let list, let line, let expected, let found):
            "\(list.rawValue) line \(line): \(found) fields, the header has \(expected)"
        case .emptyValue(let list, let line, let column): "\(list.rawValue) line \(line): empty \(column)"
        case .duplicateCode(let list, let code): "\(list.rawValue): code \(code) appears twice"
        case .unknownParent(let list, let code, let parent):
            "\(list.rawValue): unit \(code) belongs to \(parent), which is not listed"
        }
    }
}
