import Foundation
import KioskPrinting

/// Reads an ESC/POS job back the way a printer would, for the commands a ticket may use, and
/// refuses everything else: a byte the encoder should not have written fails the test.
public struct TicketESCPOSDecoder {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What the job prints: the image stacked from its bands, and what else it asked for.
    public struct Job: Equatable {
        public var image: MonochromeBitmap
        /// Rows of each `GS v 0` band, in order.
        public var bands: [Int]
        public var fedLines: Int
        /// The `GS V` function and its feed: (66, 0) for "feed to the cutter, then partial cut".
        public var cut: (function: UInt8, feed: UInt8)?

        public static func == (a: Job, b: Job) -> Bool {
            a.image == b.image && a.bands == b.bands && a.fedLines == b.fedLines
                && a.cut?.function == b.cut?.function && a.cut?.feed == b.cut?.feed
        }
    }

    public static func decode(_ data: Data) throws -> Job {
        let bytes = [UInt8](data)
        var offset = 0
        func take(_ count: Int, _ what: String) throws -> ArraySlice<UInt8> {
            guard offset + count <= bytes.count else {
                throw Failure(description: "\(what) at \(offset): needs \(count) bytes, \(bytes.count - offset) left")
            }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        guard try take(2, "ESC @") == [0x1B, 0x40] else {
            throw Failure(description: "the job does not start with ESC @")
        }
        var rows: [UInt8] = []
        var width: Int?
        var bands: [Int] = []
        var fed = 0
        var cut: (UInt8, UInt8)?
        while offset < bytes.count {
            guard cut == nil else { throw Failure(description: "bytes after the cut at \(offset)") }
            let command = Array(try take(2, "command"))
            switch command {
            case [0x1D, 0x76]:
                let header = Array(try take(6, "GS v header"))
                guard header[0] == 0x30 else { throw Failure(description: "GS v \(header[0]) is not GS v 0") }
                guard header[1] == 0 else {
                    throw Failure(description: "GS v 0 mode \(header[1]), expected 0 (normal)")
                }
                let bytesPerRow = Int(header[2]) | Int(header[3]) << 8
                let count = Int(header[4]) | Int(header[5]) << 8
                guard count > 0, bytesPerRow > 0 else { throw Failure(description: "an empty band at \(offset)") }
                guard width == nil || width == bytesPerRow else {
                    throw Failure(description: "bands of different widths")
                }
                width = bytesPerRow
                bands.append(count)
                rows += try take(bytesPerRow * count, "raster data")
            case [0x1B, 0x64]:
                fed += Int(try take(1, "ESC d n").first ?? 0)
            case [0x1D, 0x56]:
                let function = try take(1, "GS V m").first ?? 0
                guard function == 66 || function == 65 else {
                    throw Failure(description: "GS V \(function): only function B (65, 66) is expected")
                }
                cut = (function, try take(1, "GS V n").first ?? 0)
            default:
                throw Failure(description: "unknown command \(command.map { String($0, radix: 16) }) at \(offset - 2)")
            }
        }
        let bytesPerRow = width ?? 0
        let height = bands.reduce(0, +)
        guard let image = MonochromeBitmap(width: bytesPerRow * 8, height: height, bytes: rows) else {
            throw Failure(description: "raster of \(rows.count) bytes is not \(bytesPerRow) x \(height)")
        }
        return Job(image: image, bands: bands, fedLines: fed, cut: cut)
    }
}
