/// Why a scanned text is not a submission this terminal can read back.
public enum PayloadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text does not start with a payload prefix at all: another QR code was scanned.
    case notAPayload
    /// A payload of a format version this program does not know, such as "VK2".
    case unsupportedVersion(String)
    /// The text ends before its checksum: a cut-off scan or a part missing.
    case truncated
    /// The checksum does not match: a garbled scan, or parts of different submissions.
    case checksumMismatch
    /// The text breaks the format in another way (bad escape, count, index or part header).
    case malformed(String)
    /// Parts of a split payload are missing (1-based part numbers).
    case missingParts([Int])
    /// The payload is of another form, or of another version of it, than the one given.
    case formMismatch(expected: String, found: String)

    public var description: String {
        switch self {
        case .notAPayload: "payload: not a VillageKiosk code"
        case .unsupportedVersion(let version): "payload: unsupported format \(version)"
        case .truncated: "payload: cut off before its end"
        case .checksumMismatch: "payload: checksum does not match (garbled, or parts of different forms)"
        case .malformed(let reason): "payload: malformed: \(reason)"
        case .missingParts(let parts): "payload: missing part \(parts.map(String.init).joined(separator: ", "))"
        case .formMismatch(let expected, let found): "payload: for form \(found), not \(expected)"
        }
    }
}
