/// One province, district or commune, as a choice list row: its code, full name, type and parent.
public struct AdministrativeUnit: Sendable, Hashable, Identifiable {
    /// The official code, as text with its leading zeros ("08", "00715"): the value a form stores.
    public var code: String
    /// The full official name in Vietnamese, NFC: "Xã Lũng Cú", "Tỉnh Tuyên Quang".
    public var name: String
    /// The type as the file gives it, lower case: "tỉnh", "thành phố", "xã", "phường", "đặc khu",
    /// and for the units before 2025 also "huyện", "quận", "thị xã", "thị trấn".
    public var type: String
    /// The code of the unit it belongs to (a commune's province, a legacy ward's district); nil for a
    /// province.
    public var parent: String?

    public var id: String { code }

    public init(code: String, name: String, type: String, parent: String? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.parent = parent
    }

    /// The name without its type, as people say it: "Lũng Cú" for "Xã Lũng Cú". The name itself when
    /// it does not start with its type.
    public var shortName: String {
        let prefix = type + " "
        guard name.lowercased().hasPrefix(prefix), name.count > prefix.count else { return name }
        return String(name.dropFirst(prefix.count))
    }
}
