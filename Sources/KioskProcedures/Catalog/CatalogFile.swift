import Foundation

/// The JSON of a catalog and of a commune's overrides as written, before it is checked and turned
/// into ``Catalog`` values (see ``Catalog/decode(_:)`` for the format).
enum CatalogFile {
    struct Root: Decodable {
        var version: Int?
        var procedures: [ProcedureEntry]
    }

    struct ProcedureEntry: Decodable {
        var id: String
        var forms: [String]
        var icon: String
        var names: [String: String]
        var keywords: [String: [String]]?
        var agency: [String: String]
        var contact: ContactEntry?
        var fee: FeeEntry
        var processingTime: TimeEntry
        var printTemplates: [String]?
        var checklist: [ItemEntry]?
        var queueService: String?
    }

    struct ContactEntry: Decodable {
        var phone: String?
        var email: String?
    }

    struct FeeEntry: Decodable {
        var kind: String
        var dong: Int?
    }

    struct TimeEntry: Decodable {
        var kind: String
        var days: Int?
    }

    struct ItemEntry: Decodable {
        var id: String
        var picture: String
        var words: [String: String]
        var when: [String: String]?
        var condition: String?
        var ifAvailable: Bool?
    }

    struct OverridesRoot: Decodable {
        var contact: ContactEntry?
        var procedures: [String: ProcedureOverrideEntry]?
    }

    struct ProcedureOverrideEntry: Decodable {
        var agency: [String: String]?
        var contact: ContactEntry?
        var fee: FeeEntry?
        var processingTime: TimeEntry?
    }

    /// Decodes JSON, turning every decoding failure into ``CatalogError/malformed(_:)`` with the path
    /// of the bad key, so a technician can find it.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(CatalogError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformed("missing \"\(key.stringValue)\" at \(path(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .malformed("\(path(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw .malformed("\(path(context.codingPath)): null where a value belongs")
        } catch let DecodingError.dataCorrupted(context) {
            throw .malformed("\(path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw .malformed("\(error)")
        }
    }

    /// "procedures[0].checklist[2].words": where a decoding error happened.
    static func path(_ codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else { return "the top level" }
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
