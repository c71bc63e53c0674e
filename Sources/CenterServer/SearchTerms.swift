import Crypto
import Foundation
import KioskProcedures

/// The words a submission can be found by, kept only as a keyed blind index: HMAC-SHA256 (under a
/// key derived from the center's key) of the normalized personal ID number and of each word of the
/// names, without tones or case. The index finds exact words; it does not reveal them to whoever
/// copies the database without the key.
struct SearchTerms: Sendable {
    /// The index key's bytes (SymmetricKey is not Sendable).
    let keyBytes: Data

    init(box: SecretBox) {
        keyBytes = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: box.bytes), info: Data("center search index v1".utf8),
            outputByteCount: 32
        ).withUnsafeBytes { Data($0) }
    }

    /// The blind term of one normalized word ("id:001234567890", "name:hoa").
    func blind(_ term: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(term.utf8), using: SymmetricKey(data: keyBytes)).prefix(16)
            .map { String(format: "%02x", $0) }.joined()
    }

    /// The blind terms a submission is found by: every 9- or 12-digit answer (ID numbers), and every
    /// word of an answer whose question is a name (`…name…` in its path).
    func terms(for instance: SubmittedInstance) -> Set<String> {
        var plain = Set<String>()
        for field in instance.fields where !field.path.hasPrefix("meta/") {
            if let id = Self.idNumber(field.value) { plain.insert("id:" + id) }
            let leaf = field.path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            if leaf.contains("name") {
                for word in Self.nameWords(field.value) { plain.insert("name:" + word) }
            }
        }
        return Set(plain.map(blind))
    }

    /// What a staff query looks for: an ID number, or the words of a name (all must match); nil
    /// when it has neither.
    func query(_ text: String) -> [String]? {
        if let id = Self.idNumber(text) { return [blind("id:" + id)] }
        let words = Set(Self.nameWords(text))
        guard !words.isEmpty, words.count <= 8 else { return nil }
        return words.sorted().map { blind("name:" + $0) }
    }

    /// Digits only, 9 (old ID card) or 12 (citizen ID) long, spaces and dots taken away.
    static func idNumber(_ text: String) -> String? {
        let digits = text.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        guard digits.count == 9 || digits.count == 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return digits
    }

    /// The words of a name as searched: no tones, no case ("Nguyễn Thị Hoà" → nguyen, thi, hoa).
    static func nameWords(_ text: String) -> [String] {
        VietnameseText.normalizedSpacing(String(text.prefix(200))).split(separator: " ")
            .map { VietnameseText.searchKey(String($0)) }.filter { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }
    }
}
