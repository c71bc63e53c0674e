/// Thermal roll widths, by the dots a 203 dpi (8 dots/mm) head prints across them.
public enum TicketPaper: Int, Sendable, Equatable, CaseIterable, Codable {
    /// 80 mm paper: 72 mm printable, 576 dots.
    case mm80 = 80
    /// 58 mm paper: 48 mm printable, 384 dots.
    case mm58 = 58

    /// Dots per line: the width of the raster image.
    public var dots: Int {
        switch self {
        case .mm80: 576
        case .mm58: 384
        }
    }

    /// Dots per inch of the print heads these rolls go in.
    public static let dotsPerInch = 203
}
