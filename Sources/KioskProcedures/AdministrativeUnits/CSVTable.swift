import Foundation

/// A comma-separated file with a header row (RFC 4180: quoted fields, doubled quotes, CRLF or LF),
/// the format of ODK external choice lists.
///
/// Rows are kept with their line numbers so that an error can point a technician at the line.
struct CSVTable {
    struct Row {
        /// The line on which the row starts, counting the header as line 1.
        var line: Int
        var fields: [String]
    }

    var header: [String]
    var rows: [Row]

    /// The reasons a file is not CSV; the caller adds which file it was.
    enum Problem: Error, Equatable {
        case notUTF8
        case empty
        case unterminatedQuote(line: Int)
        case textAfterQuote(line: Int)
    }

    /// Parses UTF-8 text (a leading byte-order mark, as spreadsheet programs write, is skipped).
    /// Blank lines are ignored.
    init(_ data: Data) throws(Problem) {
        guard var text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records = try Self.records(Array(text.unicodeScalars))
        guard !records.isEmpty else { throw .empty }
        header = records.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = records
    }

    private static func records(_ scalars: [Unicode.Scalar]) throws(Problem) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var index = 0
        var quoted = false
        var afterQuote = false

        func endRow() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                afterQuote = false
            case "\r" where index < scalars.count && scalars[index] == "\n":
                continue
            case "\n", "\r":
                endRow()
                afterQuote = false
                line += 1
                rowLine = line
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            default:
                if afterQuote { throw .textAfterQuote(line: line) }
                field.append(scalar)
            }
        }
        if quoted { throw .unterminatedQuote(line: rowLine) }
        endRow()
        return rows
    }
}
