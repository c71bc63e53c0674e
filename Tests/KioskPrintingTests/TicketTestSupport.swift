import Foundation
import KioskGraphics
import KioskTesting
import KioskUI

@testable import KioskPrinting

/// Helpers shared by the ticket, QR and payload tests: scratch files and the zbarimg decoder.
enum TicketTestSupport {
    /// A fresh scratch directory; the caller removes it.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosk-ticket-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Where to keep pictures to look at: $KIOSK_TEST_ARTIFACTS when set, else nowhere.
    static func keep(_ file: URL, as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["KIOSK_TEST_ARTIFACTS"] else { return }
        let destination = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try? FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: destination)
        try? FileManager.default.copyItem(at: file, to: destination)
    }

    /// What zbarimg reads from a PNG, one string per symbol found, as UTF-8 text.
    static func scan(_ png: URL) throws -> [String] {
        let output = try CupsdFixture.run("zbarimg", ["--raw", "-q", png.path])
        return output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// What zbarimg reads from a PNG with one symbol, as the bytes the code holds (`-Sbinary`:
    /// no character-set guessing, and no newline added).
    static func scanBytes(_ png: URL) throws -> Data {
        let scratch = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let script = "zbarimg --raw -q -Sbinary \"$1\" > \"$2\""
        try CupsdFixture.run("sh", ["-c", script, "sh", png.path, scratch.appendingPathComponent("out").path])
        return try Data(contentsOf: scratch.appendingPathComponent("out"))
    }

    /// Draws `code` alone, `scale` pixels a module, and writes it as a PNG. The image is magenta
    /// first: the code's own white quiet zone has to cover it for a scanner to find the code.
    static func png(of code: QRCode, pixelsPerModule scale: Int, in directory: URL, name: String = "qr.png") throws
        -> URL
    {
        let side = code.sizeWithQuietZone * scale
        let surface = ImageSurface(width: side, height: side)
        surface.draw(icons: IconLibrary(directories: [])) { canvas in
            canvas.fill(
                Rect(x: 0, y: 0, width: Double(side), height: Double(side)), color: Color(hex: 0xFF00FF),
                cornerRadius: 0)
            canvas.drawQRCode(code, in: Rect(x: 0, y: 0, width: Double(side), height: Double(side)))
        }
        let url = directory.appendingPathComponent(name)
        try surface.writePNG(to: url)
        return url
    }

    /// Every grey level (the red channel) found after drawing on a white image.
    static func greyLevels(width: Int, height: Int, draw: (CairoCanvas) -> Void) -> Set<UInt8> {
        let stride = width * 4
        let pixels = UnsafeMutableRawPointer.allocate(byteCount: stride * height, alignment: 16)
        defer { pixels.deallocate() }
        pixels.initializeMemory(as: UInt8.self, repeating: 0xFF, count: stride * height)
        let surface = ImageSurface(buffer: PixelBuffer(base: pixels, width: width, height: height, stride: stride))
        surface.draw(icons: IconLibrary(directories: []), draw)
        let bytes = pixels.assumingMemoryBound(to: UInt8.self)
        return Set((0..<width * height).map { bytes[$0 * 4 + 2] })
    }
}
