/// The 7-segment font. Bit 0 is segment a (top), then b (top right), c (bottom right),
/// d (bottom), e (bottom left), f (top left), g (middle); bit 7 is the decimal point.
///
/// Letters are drawn "as well as they can be": K, M, V, W and X have no honest shape on seven
/// segments, so they borrow the usual approximations (M as an upturned U, W as a turned u).
/// Lower case input is shown as upper case.
public enum SevenSegment {
    public static let a: UInt8 = 1 << 0
    public static let b: UInt8 = 1 << 1
    public static let c: UInt8 = 1 << 2
    public static let d: UInt8 = 1 << 3
    public static let e: UInt8 = 1 << 4
    public static let f: UInt8 = 1 << 5
    public static let g: UInt8 = 1 << 6
    public static let dot: UInt8 = 1 << 7
    /// Every segment, the decimal point included: the self-test's first pattern.
    public static let all: UInt8 = 0xFF

    /// The segments of ASCII character `character`; 0 for blank and for what cannot be shown.
    public static func mask(_ character: UInt8) -> UInt8 {
        switch character {
        case 0x30: return a | b | c | d | e | f  // 0
        case 0x31: return b | c  // 1
        case 0x32: return a | b | d | e | g  // 2
        case 0x33: return a | b | c | d | g  // 3
        case 0x34: return b | c | f | g  // 4
        case 0x35: return a | c | d | f | g  // 5
        case 0x36: return a | c | d | e | f | g  // 6
        case 0x37: return a | b | c  // 7
        case 0x38: return a | b | c | d | e | f | g  // 8
        case 0x39: return a | b | c | d | f | g  // 9
        case 0x2D: return g  // -
        case 0x5F: return d  // _
        case 0x2E: return dot  // .
        case 0x3D: return d | g  // =
        case 0x61...0x7A: return letter(character - 0x20)
        default: return letter(character)
        }
    }

    /// Whether `character` has a shape (a space is displayable: it is a blank digit).
    public static func isDisplayable(_ character: UInt8) -> Bool {
        character == 0x20 || mask(character) != 0
    }

    static func letter(_ upper: UInt8) -> UInt8 {
        switch upper {
        case 0x41: return a | b | c | e | f | g  // A
        case 0x42: return c | d | e | f | g  // b
        case 0x43: return a | d | e | f  // C
        case 0x44: return b | c | d | e | g  // d
        case 0x45: return a | d | e | f | g  // E
        case 0x46: return a | e | f | g  // F
        case 0x47: return a | c | d | e | f  // G
        case 0x48: return b | c | e | f | g  // H
        case 0x49: return e | f  // I (left, so it differs from 1)
        case 0x4A: return b | c | d | e  // J
        case 0x4B: return a | c | e | f | g  // K (an H with a roof)
        case 0x4C: return d | e | f  // L
        case 0x4D: return a | c | e | g  // M (approximation)
        case 0x4E: return c | e | g  // n
        case 0x4F: return c | d | e | g  // o (lower, so it differs from 0)
        case 0x50: return a | b | e | f | g  // P
        case 0x51: return a | b | c | f | g  // q
        case 0x52: return e | g  // r
        case 0x53: return a | c | d | f  // S (without the middle bar, so it differs from 5)
        case 0x54: return d | e | f | g  // t
        case 0x55: return b | c | d | e | f  // U
        case 0x56: return c | d | e  // v
        case 0x57: return b | d | f | g  // W (approximation)
        case 0x58: return b | c | e | f | g | d  // X (approximation, an H with a floor)
        case 0x59: return b | c | d | f | g  // y
        case 0x5A: return a | b | d | e  // Z (a 2 without the middle bar)
        default: return 0
        }
    }
}
