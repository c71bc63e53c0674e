import Foundation

/// The type of an instance node, from the `type` attribute of its bind.
public enum DataType: String, Sendable, Codable {
    case string, int, decimal, date, time, dateTime, select1, select, boolean, barcode, geopoint

    /// Reads a bind's `type` attribute: the namespace prefix (`xsd:`) is dropped and a type this
    /// version does not know reads as `.string`, so an unusual form still loads and asks for text.
    public init(xformType: String?) {
        guard var name = xformType?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            self = .string
            return
        }
        if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
        // "integer" is the XForms 1.0 spelling that older JavaRosa forms still carry.
        self = name == "integer" ? .int : DataType(rawValue: name) ?? .string
    }
}
