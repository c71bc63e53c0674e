/// What a procedure costs the citizen, in Vietnamese dong.
public enum Fee: Sendable, Equatable {
    case free
    /// One amount for the whole procedure.
    case fixed(dong: Int)
    /// An amount for each copy the citizen asks for (certificate copies and extracts).
    case perCopy(dong: Int)
    /// Set by the provincial People's Council (land fees): the commune states it at provisioning, or
    /// the officer tells the citizen.
    case setByProvince

    /// The amount to pay for `copies` copies; nil when the catalog does not know it.
    public func amount(copies: Int = 1) -> Int? {
        switch self {
        case .free: 0
        case .fixed(let dong): dong
        case .perCopy(let dong): dong * max(copies, 1)
        case .setByProvince: nil
        }
    }

    /// The fee in words for a screen or a printout: "8.000 đồng một bản", "Free", ...; Vietnamese for
    /// a language it has no words for.
    public func words(in language: String) -> String {
        let english = language == "en"
        switch self {
        case .free: return english ? "Free" : "Miễn phí"
        case .fixed(let dong): return english ? "\(Self.grouped(dong, ",")) dong" : "\(Self.grouped(dong, ".")) đồng"
        case .perCopy(let dong):
            return english ? "\(Self.grouped(dong, ",")) dong per copy" : "\(Self.grouped(dong, ".")) đồng một bản"
        case .setByProvince:
            return english ? "Set by the province; ask the officer" : "Theo mức của tỉnh; xin hỏi cán bộ"
        }
    }

    /// 8000 -> "8.000" (Vietnamese groups thousands with dots), "8,000" in English.
    static func grouped(_ value: Int, _ separator: String) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }
}
