import Foundation

/// An external choice list (`jr://file-csv/...`): a header row of column names, then one row per
/// item. Read as RFC 4180 (quotes, doubled quotes, CRLF or LF), UTF-8 with or without a BOM.
struct CSVTable: Sendable, Equatable {
    var columns: [String]
    var rows: [[String]]

    /// Bounds that a choice list never needs: a larger file is refused, not read into memory.
    static let maximumBytes = 32 << 20
    static let maximumCells = 2_000_000

    static func parse(_ data: Data, source: String) throws(FormError) -> CSVTable {
        guard data.count <= maximumBytes else { throw .unsupported("\(source): larger than \(maximumBytes) bytes") }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var cells = 0
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        func endField() {
            record.append(field)
            field = ""
            cells += 1
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",": endField()
            case "\r": continue
            case "\n":
                endField()
                records.append(record)
                record = []
            default: field.unicodeScalars.append(scalar)
            }
            guard cells <= maximumCells else { throw .unsupported("\(source): more than \(maximumCells) cells") }
        }
        if quoted { throw .malformedXML("\(source): a quoted field is not closed") }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        guard let header = records.first, !header.allSatisfy(\.isEmpty) else {
            throw .missingElement("header row of \(source)")
        }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
        for name in columns where !Self.isXMLName(name) {
            throw .unsupported("\(source): column \"\(name)\" is not a valid XML name")
        }
        let rows = records.dropFirst().filter { !($0.count == 1 && $0[0].isEmpty) }
        return CSVTable(columns: columns, rows: Array(rows))
    }

    /// The table as ODK presents it to XPath: root/item/<column>value</column>.
    var element: ParsedElement {
        var root = ParsedElement(qualifiedName: "root", localName: "root")
        for row in rows {
            var item = ParsedElement(qualifiedName: "item", localName: "item")
            for (index, name) in columns.enumerated() {
                var cell = ParsedElement(qualifiedName: name, localName: name)
                cell.text = index < row.count ? row[index] : ""
                item.children.append(cell)
            }
            root.children.append(item)
        }
        return root
    }

    static func isXMLName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
    }
}
