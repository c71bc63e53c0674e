import Foundation
import KioskGraphics
import KioskUI
import SeededRandom
import Testing

@testable import KioskPrinting

/// QR codes from libqrencode, drawn with cairo and read back by zbarimg.
@Suite("QR codes")
struct TicketQRCodeTests {
    @Test(
        "text drawn as a QR code scans back the same",
        arguments: [
            "VillageKiosk A012 draft 12345674",
            "Nguyễn Thị Hồng Nhung, thôn Đăk Pơ, xã Ia Grai — Số người đang chờ: 4",
        ])
    func textRoundTrip(text: String) throws {
        let directory = try TicketTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let code = try QRCode(text: text)

        let png = try TicketTestSupport.png(of: code, pixelsPerModule: 4, in: directory)

        #expect(try TicketTestSupport.scan(png) == [text])
        #expect(try TicketTestSupport.scanBytes(png) == Data(text.utf8))
    }

    @Test("arbitrary bytes survive as base64 text, and as raw bytes")
    func binaryRoundTrip() throws {
        let directory = try TicketTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var generator = SplitMix(seed: 42)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()

        let textPNG = try TicketTestSupport.png(of: try QRCode(text: base64), pixelsPerModule: 3, in: directory)
        let scanned = try TicketTestSupport.scan(textPNG)
        #expect(scanned.count == 1)
        #expect(Data(base64Encoded: scanned.first ?? "") == Data(bytes))

        let rawPNG = try TicketTestSupport.png(
            of: try QRCode(bytes: bytes), pixelsPerModule: 3, in: directory, name: "raw.png")
        #expect(try TicketTestSupport.scanBytes(rawPNG) == Data(bytes))
    }

    @Test("modules are whole pixels: only black and white, and the code is centred in its square")
    func crispModules() throws {
        let code = try QRCode(text: "12345674")
        // 29 modules with the quiet zone into 93 pixels: 3 pixels a module, 87 pixels, 6 left over.
        let bitmap = MonochromeBitmap(width: 93, height: 93) { canvas in
            canvas.drawQRCode(code, in: Rect(x: 0, y: 0, width: 93, height: 93))
        }
        let grey = TicketTestSupport.greyLevels(width: 93, height: 93) { canvas in
            canvas.drawQRCode(code, in: Rect(x: 0, y: 0, width: 93, height: 93))
        }
        #expect(grey.isSubset(of: [0, 255]))
        // The top-left finder pattern starts after the 4-module quiet zone and the 6 / 2 pixels of slack.
        let first = 6 / 2 + 4 * 3
        #expect(bitmap[first, first])
        #expect(!bitmap[first - 1, first])
        #expect(!bitmap[first, first - 1])
        for y in 0..<code.size {
            for x in 0..<code.size {
                #expect(bitmap[first + 3 * x + 1, first + 3 * y + 1] == code[x, y])
            }
        }
    }

    @Test("the version grows with the data, and too much data is a typed error")
    func capacity() throws {
        #expect(try QRCode(text: "1").version == 1)
        #expect(try QRCode(text: "1").size == 21)
        let big = String(repeating: "x", count: SubmissionPayload.bytesPerCode)
        #expect(try QRCode(text: big, maximumVersion: 25).version == 25)
        #expect(throws: QRCodeError.tooLarge(byteCount: big.utf8.count + 1, maximumVersion: 25)) {
            try QRCode(text: big + "x", maximumVersion: 25)
        }
        #expect(throws: QRCodeError.tooLarge(byteCount: 2_332, maximumVersion: 40)) {
            try QRCode(bytes: [UInt8](repeating: 7, count: 2_332))
        }
        #expect(throws: QRCodeError.empty) { try QRCode(text: "") }
        #expect(try QRCode(text: "A", errorCorrection: .high).errorCorrection == .high)
    }
}
