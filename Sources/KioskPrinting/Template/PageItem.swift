import KioskGraphics
import KioskUI

/// The type of a printed text: the official forms are set in a serif face, like Times New Roman.
public struct TextFont: Sendable, Equatable {
    public var size: Double
    public var bold = false
    public var italic = false

    public static func body(_ size: Double = 12) -> TextFont { TextFont(size: size) }
    public static func bold(_ size: Double = 12) -> TextFont { TextFont(size: size, bold: true) }
    public static func italic(_ size: Double = 12) -> TextFont { TextFont(size: size, italic: true) }
}

/// One mark on a laid-out page, in points from the page's top left corner.
public enum PageItem: Sendable, Equatable {
    /// Text set in a box of `frame.width` (wrapping), top at `frame.y`. `markup` is Pango markup of
    /// `plain` (bold answers after regular labels); `plain` is what a reader extracts.
    case text(plain: String, markup: String, frame: Rect, font: TextFont, alignment: TextStyle.Alignment)
    /// A dotted line to write on, at height `y` from `fromX` to `toX`.
    case dots(y: Double, fromX: Double, toX: Double)
    /// A solid line.
    case rule(from: Point, to: Point, width: Double)
    /// A tick box, crossed when `ticked`.
    case box(Rect, ticked: Bool)
    /// A QR code carrying `text`, as the largest square in `frame`.
    case qrCode(QRCode, text: String, frame: Rect)

    /// The same item moved down by `dy`.
    func offset(by dy: Double) -> PageItem {
        func move(_ rect: Rect) -> Rect { Rect(x: rect.x, y: rect.y + dy, width: rect.width, height: rect.height) }
        switch self {
        case .text(let plain, let markup, let frame, let font, let alignment):
            return .text(plain: plain, markup: markup, frame: move(frame), font: font, alignment: alignment)
        case .dots(let y, let fromX, let toX): return .dots(y: y + dy, fromX: fromX, toX: toX)
        case .rule(let from, let to, let width):
            return .rule(from: Point(x: from.x, y: from.y + dy), to: Point(x: to.x, y: to.y + dy), width: width)
        case .box(let rect, let ticked): return .box(move(rect), ticked: ticked)
        case .qrCode(let code, let text, let frame): return .qrCode(code, text: text, frame: move(frame))
        }
    }
}

/// A laid-out page: what to draw on it.
public struct LaidOutPage: Sendable, Equatable {
    public var items: [PageItem]
    /// The template the page belongs to, and its page number within it (from 1) and their count.
    public var template: String
    public var number: Int
    public var count: Int
}
