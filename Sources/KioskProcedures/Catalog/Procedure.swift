/// One administrative procedure a citizen can start at the terminal.
public struct Procedure: Sendable, Equatable, Codable {
    /// Stable identifier, e.g. "birth-certificate-copy".
    public var id: String
    /// The id of the XForm the citizen fills (the file Assets/forms/<form>.xml).
    public var form: String
    /// The name of the icon drawn on its tile.
    public var icon: String
    /// Its name in each language, by language code.
    public var names: [String: String]
    /// The agency that handles it, by language code.
    public var agency: [String: String]

    public init(id: String, form: String, icon: String, names: [String: String], agency: [String: String]) {
        self.id = id
        self.form = form
        self.icon = icon
        self.names = names
        self.agency = agency
    }

    /// The name in `language`, else in Vietnamese, else the id: a tile never shows nothing.
    public func name(in language: String) -> String {
        names[language] ?? names["vi"] ?? id
    }
}
