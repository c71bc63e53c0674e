import CCairo
import Foundation
import KioskGraphics
import QueueBoardProtocol

/// Reads the digits back from a PNG of the board: samples the centre of every segment of
/// `QueueBoardPicture`'s layout and turns the lit ones into characters through the font.
/// Unknown shapes come back as "?".
func digitsInPicture(at url: URL) -> [String] {
    let surface = cairo_image_surface_create_from_png(url.path)
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface)
    else { return [] }
    let stride = Int(cairo_image_surface_get_stride(surface))
    func redAt(x: Double, y: Double) -> UInt32 {
        let pixel = data.advanced(by: Int(y) * stride + Int(x) * 4).withMemoryRebound(to: UInt32.self, capacity: 1) {
            $0.pointee
        }
        return (pixel >> 16) & 0xFF
    }
    let characters = Array(" 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-".utf8)
    return (0..<Wire.counters).map { counter in
        String(
            (0..<Wire.digitsPerCounter).map { digit -> Character in
                var mask: UInt8 = 0
                for segment in 0..<8 {
                    let rect = QueueBoardPicture.segmentRect(counter: counter, digit: digit, segment: segment)
                    if redAt(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2) > 128 {
                        mask |= 1 << UInt8(segment)
                    }
                }
                guard let match = characters.first(where: { SevenSegment.mask($0) == mask }) else { return "?" }
                return Character(UnicodeScalar(match))
            })
    }
}
