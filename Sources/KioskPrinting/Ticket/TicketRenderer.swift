import Foundation
import KioskGraphics
import KioskUI

/// Draws a queue ticket as the 1-bit image a 203 dpi thermal printer prints.
///
/// All text, Vietnamese included, is drawn as pixels with pango: printer code pages cannot be
/// trusted with stacked diacritics ("Số người đang chờ"). The number fills most of the width so it
/// can be read at arm's length; the ticket is as tall as its content.
public struct TicketRenderer: Sendable {
    public var paper: TicketPaper
    /// The time zone the date and time are printed in.
    public var timeZone: TimeZone

    public init(paper: TicketPaper = .mm80, timeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current) {
        self.paper = paper
        self.timeZone = timeZone
    }

    /// The ticket image, `paper.dots` wide.
    ///
    /// A draft code too long for a small QR code (more than version 10 holds) is printed as text only.
    public func render(_ content: TicketContent) -> MonochromeBitmap {
        let blocks = blocks(for: content)
        let height = Int(blocks.reduce(0) { $0 + $1.height }.rounded(.up))
        return MonochromeBitmap(width: paper.dots, height: height) { canvas in
            var y = 0.0
            for block in blocks {
                block.draw(canvas, Rect(x: 0, y: y, width: Double(paper.dots), height: block.height))
                y += block.height
            }
        }
    }

    /// A horizontal band of the ticket: its height and how to draw it into the band's rectangle.
    struct Block {
        var height: Double
        var draw: (CairoCanvas, Rect) -> Void
    }

    func blocks(for content: TicketContent) -> [Block] {
        let strings = TicketStrings.language(content.language)
        // Sizes are designed for 576 dots and scaled for narrower paper.
        let scale = Double(paper.dots) / 576
        let margin = 16 * scale
        func text(_ s: String, height: Double, size: Double, weight: TextStyle.Weight = .regular) -> Block {
            Block(height: height * scale) { canvas, rect in
                canvas.drawText(
                    s, in: rect.insetBy(dx: margin, dy: 0),
                    style: TextStyle(size: size * scale, weight: weight, color: Self.black, alignment: .center))
            }
        }
        func space(_ height: Double) -> Block { Block(height: height * scale) { _, _ in } }
        let rule = Block(height: 20 * scale) { canvas, rect in
            canvas.fill(
                Rect(
                    x: rect.x + margin, y: rect.center.y - scale.rounded(.up), width: rect.width - 2 * margin,
                    height: 2 * scale.rounded(.up)),
                color: Self.black, cornerRadius: 0)
        }

        var blocks = [
            space(8),
            text(content.commune, height: 64, size: 26),
            rule,
            text(strings.yourNumber, height: 40, size: 26, weight: .bold),
            space(12),
            number(content.number, scale: scale),
            text(content.service, height: 100, size: 34, weight: .bold),
        ]
        if let ahead = content.peopleAhead {
            blocks.append(text(ahead > 0 ? strings.peopleAhead(ahead) : strings.noOneAhead, height: 46, size: 28))
        }
        blocks.append(text(dateTime(content.issuedAt), height: 42, size: 28))
        if let draft = content.draftCode, !draft.isEmpty {
            blocks.append(rule)
            blocks.append(text("\(strings.draftCode): \(draft)", height: 46, size: 30, weight: .bold))
            if let code = try? QRCode(text: draft, maximumVersion: 10) {
                let side = (Double(paper.dots) * 0.42).rounded(.down)
                blocks.append(
                    Block(height: side + 8 * scale) { canvas, rect in
                        canvas.drawQRCode(
                            code, in: Rect(x: rect.center.x - side / 2, y: rect.y, width: side, height: side))
                    })
            }
        }
        blocks += [rule, text(strings.pleaseWait, height: 40, size: 24), space(8)]
        return blocks
    }

    /// The number as large as the width allows: its band is about the height of the digits, and
    /// the text is drawn into a taller rectangle so pango's line spacing does not waste paper.
    func number(_ number: String, scale: Double) -> Block {
        let width = Double(paper.dots) - 24 * scale
        // Noto Sans Bold capitals and digits are about 0.6 em wide (0.66 leaves a margin); drawText shrinks the
        // type further if a wide letter ("W") would wrap, so the estimate cannot cut a number off.
        let size = min(230 * scale, width / (0.66 * Double(max(number.count, 1))))
        return Block(height: size * 0.86) { canvas, rect in
            canvas.drawText(
                number,
                in: Rect(x: rect.x + 12 * scale, y: rect.y - size * 0.36, width: width, height: size * 1.4),
                style: TextStyle(size: size, weight: .bold, color: Self.black, alignment: .center))
        }
    }

    /// "08:15 - 12/03/2026", the way offices write it, whatever the language.
    func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
        return "\(two(p.hour)):\(two(p.minute)) - \(two(p.day))/\(two(p.month))/\(p.year ?? 0)"
    }

    static let black = Color(hex: 0x000000)
}
