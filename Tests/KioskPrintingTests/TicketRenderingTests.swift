import Foundation
import KioskTesting
import Testing

@testable import KioskPrinting

/// Tickets drawn at 203 dpi, encoded as ESC/POS and read back as a printer would.
@Suite("Queue tickets")
struct TicketRenderingTests {
    static let content = TicketContent(
        number: "A012", service: "Chứng thực bản sao giấy khai sinh",
        issuedAt: Date(timeIntervalSince1970: 1_773_300_000), peopleAhead: 4,
        commune: "Trung tâm Phục vụ hành chính công xã Ia Grai", draftCode: "12345674")

    @Test(
        "the printer prints exactly the rendered ticket, and its QR code reads the draft code",
        arguments: TicketPaper.allCases)
    func roundTrip(paper: TicketPaper) throws {
        let directory = try TicketTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = TicketRenderer(paper: paper).render(Self.content)

        let job = try TicketESCPOSDecoder.decode(ESCPOSEncoder().encode(image))

        #expect(image.width == paper.dots)
        #expect(image.blackDots > image.width * image.height / 20)
        #expect(job.image == image)
        #expect(job.bands == Self.bands(rows: image.height, per: 255))
        #expect(job.fedLines == 2)
        #expect(job.cut?.function == 66 && job.cut?.feed == 0)
        let png = directory.appendingPathComponent("ticket-\(paper.rawValue).png")
        try job.image.writePNG(to: png)
        TicketTestSupport.keep(png, as: "ticket-\(paper.rawValue).png")
        #expect(try TicketTestSupport.scan(png) == ["12345674"])
    }

    @Test("a ticket without a draft code has no QR code and is shorter")
    func withoutDraft() throws {
        let directory = try TicketTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var content = Self.content
        content.draftCode = nil

        let plain = TicketRenderer().render(content)

        #expect(plain.height < TicketRenderer().render(Self.content).height - 200)
        let png = directory.appendingPathComponent("plain.png")
        try plain.writePNG(to: png)
        // zbarimg exits with status 4 when it finds no code.
        #expect(throws: (any Error).self) { try TicketTestSupport.scan(png) }
    }

    @Test("the small texts follow the language, the number and the data do not change")
    func language() {
        var english = Self.content
        english.language = "en"
        var unknown = Self.content
        unknown.language = "jra"

        let vi = TicketRenderer().render(Self.content)
        #expect(TicketRenderer().render(english) != vi)
        #expect(TicketRenderer().render(unknown) == vi)
        #expect(TicketRenderer().dateTime(Self.content.issuedAt) == "14:20 - 12/03/2026")
    }

    @Test("a tall image goes in bands, each at most the band height", arguments: [255, 100, 1])
    func bands(bandRows: Int) throws {
        var image = MonochromeBitmap(width: 576, height: 1_000)
        for y in 0..<image.height {
            for x in 0..<image.width where (x * 7 + y * 13) % 5 == 0 { image[x, y] = true }
        }

        let job = try TicketESCPOSDecoder.decode(ESCPOSEncoder(bandRows: bandRows).encode(image))

        #expect(job.bands == Self.bands(rows: 1_000, per: bandRows))
        #expect(job.image == image)
    }

    @Test("the decoder refuses what the encoder must never write")
    func decoderRejects() throws {
        let job = ESCPOSEncoder().encode(MonochromeBitmap(width: 16, height: 2))
        #expect(throws: TicketESCPOSDecoder.Failure.self) { try TicketESCPOSDecoder.decode(job + [0x00]) }
        // ESC t 27: a code page switch, which a ticket never needs.
        #expect(throws: TicketESCPOSDecoder.Failure.self) {
            try TicketESCPOSDecoder.decode(Data([0x1B, 0x40, 0x1B, 0x74, 27]) + job.dropFirst(2))
        }
        #expect(throws: TicketESCPOSDecoder.Failure.self) { try TicketESCPOSDecoder.decode(job.dropLast(9)) }
        #expect(throws: TicketESCPOSDecoder.Failure.self) { try TicketESCPOSDecoder.decode(job.dropFirst()) }
    }

    @Test("the bytes are exactly the documented commands")
    func exactBytes() {
        var image = MonochromeBitmap(width: 16, height: 2)
        image[0, 0] = true
        image[15, 1] = true

        #expect(
            [UInt8](ESCPOSEncoder().encode(image)) == [
                0x1B, 0x40, 0x1D, 0x76, 0x30, 0x00, 2, 0, 2, 0, 0x80, 0x00, 0x00, 0x01, 0x1B, 0x64, 2, 0x1D, 0x56, 0x42,
                0x00,
            ])
    }

    static func bands(rows: Int, per band: Int) -> [Int] {
        Array(repeating: band, count: rows / band) + (rows % band == 0 ? [] : [rows % band])
    }
}
