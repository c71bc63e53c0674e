/// Text put into markup: XML documents, HTML pages and Pango's text markup.
public enum Markup {
    /// `text` made safe as element content or inside a quoted attribute: `& < > " '` become
    /// entities, everything else stays as it is.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
