import KioskProcedures

/// Finds choices by what the citizen typed, whatever the diacritics, case or spacing.
///
/// Both sides are folded by `VietnameseText.searchKey` (NFD, marks dropped, đ -> d, lower case,
/// only letters and digits kept), so "lung cu", "LŨNGCÚ" and "Lũng Cú" are one. Matches come in
/// three ranks, each in the form's order: the label starts with the query ("hmong" -> "Hmông"),
/// a later word of the label starts with it ("cu" -> "Lũng Cú"), the query is anywhere in it.
public enum ChoiceFilter {
    /// The indices of the labels that match `query`, best first; every index for an empty query.
    public static func matches(_ labels: [String], query: String) -> [Int] {
        let key = VietnameseText.searchKey(query)
        guard !key.isEmpty else { return Array(labels.indices) }
        var ranked: [[Int]] = [[], [], []]
        for (index, label) in labels.enumerated() {
            let folded = VietnameseText.searchKey(label)
            if folded.hasPrefix(key) {
                ranked[0].append(index)
            } else if wordStarts(of: label).contains(where: { $0.hasPrefix(key) }) {
                ranked[1].append(index)
            } else if folded.contains(key) {
                ranked[2].append(index)
            }
        }
        return ranked.flatMap(\.self)
    }

    /// The folded label from each of its words to its end: "Xã Lũng Cú" -> "lungcu", "cu".
    static func wordStarts(of label: String) -> [String] {
        let words = label.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "'" })
        return words.indices.dropFirst().map { VietnameseText.searchKey(words[$0...].joined(separator: " ")) }
    }
}
