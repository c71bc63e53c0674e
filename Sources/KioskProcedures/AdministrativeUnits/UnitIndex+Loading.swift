import Foundation

extension UnitIndex {
    /// Reads one choice-list file: columns `name` (the code), `label` (the full name), `type`, and the
    /// parent column when there is one; other columns (translated labels, ...) are ignored. Names
    /// are made NFC with single spaces, whatever the file had.
    static func load(
        _ data: Data, list: AdministrativeUnitsError.List, parentColumn: String?
    ) throws(AdministrativeUnitsError) -> UnitIndex {
        let table: CSVTable
        do {
            table = try CSVTable(data)
        } catch {
            switch error {
            case .notUTF8: throw .notUTF8(list)
            case .empty: throw .empty(list)
            case .unterminatedQuote(let line): throw .malformedCSV(list, line: line, reason: "a quote is never closed")
            case .textAfterQuote(let line):
                throw .malformedCSV(list, line: line, reason: "text after a closing quote")
            }
        }
        let wanted = ["name", "label", "type"] + (parentColumn.map { [$0] } ?? [])
        var columns: [Int] = []
        for name in wanted {
            guard let column = table.header.firstIndex(of: name) else { throw .missingColumn(list, column: name) }
            columns.append(column)
        }
        var units: [AdministrativeUnit] = []
        var seen = Set<String>()
        units.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard row.fields.count == table.header.count else {
                throw .wrongFieldCount(list, line: row.line, expected: table.header.count, found: row.fields.count)
            }
            var values: [String] = []
            for (name, column) in zip(wanted, columns) {
                let value = VietnameseText.normalizedSpacing(row.fields[column])
                guard !value.isEmpty else { throw .emptyValue(list, line: row.line, column: name) }
                values.append(value)
            }
            guard seen.insert(values[0]).inserted else { throw .duplicateCode(list, code: values[0]) }
            units.append(
                AdministrativeUnit(
                    code: values[0], name: values[1], type: values[2].lowercased(),
                    parent: values.count > 3 ? values[3] : nil))
        }
        return UnitIndex(units)
    }

    /// Refuses a unit whose parent is not in `parents`.
    func requireParents(in parents: UnitIndex, list: AdministrativeUnitsError.List) throws(AdministrativeUnitsError) {
        for unit in units {
            if let parent = unit.parent, parents.unit(code: parent) == nil {
                throw .unknownParent(list, code: unit.code, parent: parent)
            }
        }
    }
}
