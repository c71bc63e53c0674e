import Foundation
import KioskUI
import QueueBoardProtocol

/// A picture of the LED queue board drawn from its STATUS report: one row per counter, four
/// 7-segment digits each, lit segments bright in proportion to the board's brightness. For the
/// technician's docs and for tests that check the board shows what was sent.
public enum QueueBoardPicture {
    public static let width = 560
    public static let height = 600
    static let digitWidth = 64.0
    static let digitHeight = 108.0
    static let thickness = 12.0
    static let rowHeight = 140.0
    static let firstDigitX = 200.0
    static let digitPitch = 84.0
    static let top = 32.0

    static let background = Color(hex: 0x111214)
    static let unlit = Color(hex: 0x2B1C1A)
    static let label = Color(hex: 0xE8E8E8)
    static let blinkFrame = Color(hex: 0xFFC933)

    /// Renders the board as `status` describes it.
    public static func render(_ status: BoardStatus) -> ImageSurface {
        let surface = ImageSurface(width: width, height: height)
        surface.draw(icons: IconLibrary(directories: [])) { canvas in
            canvas.fill(
                Rect(x: 0, y: 0, width: Double(width), height: Double(height)), color: background, cornerRadius: 0)
            let level = Double(status.brightness) / Double(Wire.maxBrightness)
            let lit = Color(red: 1, green: 0.16 + 0.1 * level, blue: 0.08, alpha: 0.45 + 0.55 * level)
            for counter in 0..<Wire.counters {
                let row = top + Double(counter) * rowHeight
                canvas.drawText(
                    "Quầy \(counter + 1)", in: Rect(x: 24, y: row, width: 160, height: digitHeight),
                    style: TextStyle(size: 34, weight: .bold, color: label))
                if status[counter: counter].blinking {
                    canvas.stroke(
                        Rect(x: firstDigitX - 18, y: row - 14, width: digitPitch * 4 + 16, height: digitHeight + 28),
                        color: blinkFrame, lineWidth: 4, cornerRadius: 10)
                }
                for digit in 0..<Wire.digitsPerCounter {
                    let mask = status[counter: counter].segments(ofDigit: digit)
                    for segment in 0..<8 {
                        let on = mask & (1 << UInt8(segment)) != 0
                        let rect = segmentRect(counter: counter, digit: digit, segment: segment)
                        canvas.fill(rect, color: on ? lit : unlit, cornerRadius: thickness / 2)
                    }
                }
            }
            let footer =
                status.heartbeat
                ? "Không có tín hiệu từ máy (nhịp tim)"
                : status.selfTest ? "Tự kiểm tra" : "Độ sáng \(status.brightness)/15"
            canvas.drawText(
                footer, in: Rect(x: 24, y: Double(height) - 36, width: Double(width) - 48, height: 28),
                style: TextStyle(size: 20, color: label))
        }
        return surface
    }

    /// Where segment `segment` (0 = a ... 6 = g, 7 = the point) of a digit is drawn; tests read
    /// the picture back at the centres of these rectangles.
    public static func segmentRect(counter: Int, digit: Int, segment: Int) -> Rect {
        let x = firstDigitX + Double(digit) * digitPitch
        let y = top + Double(counter) * rowHeight
        let w = digitWidth
        let h = digitHeight
        let t = thickness
        let half = h / 2 - 1.5 * t
        switch segment {
        case 0: return Rect(x: x + t, y: y, width: w - 2 * t, height: t)
        case 1: return Rect(x: x + w - t, y: y + t, width: t, height: half)
        case 2: return Rect(x: x + w - t, y: y + h / 2 + t / 2, width: t, height: half)
        case 3: return Rect(x: x + t, y: y + h - t, width: w - 2 * t, height: t)
        case 4: return Rect(x: x, y: y + h / 2 + t / 2, width: t, height: half)
        case 5: return Rect(x: x, y: y + t, width: t, height: half)
        case 6: return Rect(x: x + t, y: y + h / 2 - t / 2, width: w - 2 * t, height: t)
        default: return Rect(x: x + w + 2, y: y + h - t, width: t, height: t)
        }
    }
}
