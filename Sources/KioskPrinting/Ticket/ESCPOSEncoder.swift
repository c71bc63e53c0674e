import Foundation

/// Turns a 1-bit image into the bytes of an ESC/POS print job: initialize, the image as raster
/// bands, feed, cut. Pure byte building; sending is the caller's (CUPS, raw queue).
///
/// The commands, as Epson's ESC/POS reference defines them:
///
///     ESC @                      1B 40                  initialize: forget any earlier mode
///     GS v 0 m xL xH yL yH d...  1D 76 30 00 ...        raster bit image, normal density (m = 0);
///                                                       x = bytes per row, y = rows, little-endian
///     ESC d n                    1B 64 n                print and feed n lines
///     GS V m n                   1D 56 42 00            feed to the cutter, then partial cut
///
/// The image goes in bands of at most `bandRows` rows (255 by default, so yH is always 0): cheap
/// printers have small receive buffers and some mishandle a single tall `GS v 0`.
///
/// The cut is `GS V 66 0` (function B, partial cut) rather than `GS V 1`: function B first feeds
/// the paper until the end of the print reaches the blade, so the bottom of the ticket is never cut
/// through, and a partial cut leaves the ticket hanging from the printer instead of dropping it on
/// the floor of the communal house. Printers without a cutter ignore it.
public struct ESCPOSEncoder: Sendable, Equatable {
    /// Rows per `GS v 0` band, 1...255.
    public var bandRows: Int
    /// Lines fed (`ESC d`) after the image, before the cut, as a bottom margin.
    public var feedLines: Int

    public init(bandRows: Int = 255, feedLines: Int = 2) {
        self.bandRows = min(max(bandRows, 1), 255)
        self.feedLines = min(max(feedLines, 0), 255)
    }

    /// The whole job.
    public func encode(_ image: MonochromeBitmap) -> Data {
        var bytes: [UInt8] = Self.initialize
        bytes.reserveCapacity(image.bytes.count + 16 + 8 * (image.height / bandRows + 1))
        var row = 0
        while row < image.height {
            let rows = min(bandRows, image.height - row)
            bytes += Self.rasterHeader(bytesPerRow: image.bytesPerRow, rows: rows)
            bytes += image.rows(row..<row + rows)
            row += rows
        }
        bytes += [0x1B, 0x64, UInt8(feedLines)]
        bytes += Self.partialCut
        return Data(bytes)
    }

    /// ESC @.
    static let initialize: [UInt8] = [0x1B, 0x40]
    /// GS V 66 0.
    static let partialCut: [UInt8] = [0x1D, 0x56, 0x42, 0x00]

    /// GS v 0 with m = 0 (normal width and height).
    static func rasterHeader(bytesPerRow: Int, rows: Int) -> [UInt8] {
        [
            0x1D, 0x76, 0x30, 0x00, UInt8(bytesPerRow & 0xFF), UInt8(bytesPerRow >> 8), UInt8(rows & 0xFF),
            UInt8(rows >> 8),
        ]
    }
}
