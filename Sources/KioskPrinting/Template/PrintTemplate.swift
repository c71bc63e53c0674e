import Foundation

/// An A4 layout that looks like an official paper form, filled from a form's data: the form number,
/// the title, numbered fields written on dotted lines, tick boxes, the place and date line, the
/// signature block and the QR code. Read from Assets/templates/<id>.json; the format is described in
/// Assets/templates/README.md.
///
/// A template says what goes where, not how it is drawn: ``TemplateLayout`` flows the blocks onto
/// pages (breaking pages between blocks) and ``FormPDFWriter`` draws them.
public struct PrintTemplate: Sendable, Equatable, Decodable {
    /// The id the catalog names in a procedure's `printTemplates`.
    public var id: String
    /// The XForm whose data fills it.
    public var form: String
    /// The official form's number, printed at the top right ("Mẫu số 04/ĐK").
    public var formNumber: String?
    /// A line under the form number, such as the decree that issued it.
    public var formNote: String?
    /// The title in capitals, centred under the national motto.
    public var title: String
    /// Lines under the title (italic), such as "(Dùng cho hộ gia đình, cá nhân)".
    public var subtitle: String?
    /// "Kính gửi: ..." with placeholders; nil for a form addressed to nobody.
    public var addressee: String?
    /// Question paths kept in a reduced QR code, most important first (see SubmissionPayload.codes).
    public var keyFields: [String]?
    public var blocks: [TemplateBlock]

    /// Reads a template; a malformed one is an error that says where.
    public static func decode(_ data: Data) throws(TemplateError) -> PrintTemplate {
        do {
            return try JSONDecoder().decode(PrintTemplate.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(Self.describe(error))
        } catch {
            throw .malformed("\(error)")
        }
    }

    /// Reads `<directory>/<id>.json`.
    public static func load(id: String, from directory: URL) throws(TemplateError) -> PrintTemplate {
        // Ids come from the catalog: a plain name, never a path.
        guard !id.isEmpty, !id.contains("/"), !id.hasPrefix(".") else { throw .missing(id) }
        let url = directory.appendingPathComponent(id + ".json")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(id) }
        let template = try decode(data)
        guard template.id == id else { throw .malformed("\(url.lastPathComponent) says its id is \(template.id)") }
        return template
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "top level" }
            return path.reduce(into: "") { text, key in
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
        }
        switch error {
        case .dataCorrupted(let context): return "\(at(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context): return "\(at(context.codingPath)): missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// Why a template cannot be used.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file for this id.
    case missing(String)
    /// Not valid JSON, or not a template.
    case malformed(String)
    /// The template is for another form than the data.
    case wrongForm(template: String, expected: String, found: String)

    public var description: String {
        switch self {
        case .missing(let id): "no print template \(id)"
        case .malformed(let reason): "malformed print template: \(reason)"
        case .wrongForm(let template, let expected, let found):
            "print template \(template) is for form \(expected), not \(found)"
        }
    }
}
