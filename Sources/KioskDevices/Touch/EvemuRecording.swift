/// A device description and event stream in the text format of evemu-record / evemu-play:
/// `N:` name, `P:` property bytes, `A:` axis ranges, `E:` events (`E: 12.345678 0003 0035 1021`).
/// Tests replay recordings through the decoders; the VM test plays them into a uinput device.
public struct EvemuRecording: Sendable, Equatable {
    /// A malformed line, by number (from 1) and content.
    public struct ParseError: Error, Equatable, CustomStringConvertible, Sendable {
        public var line: Int
        public var text: String
        public var reason: String
        public var description: String { "evemu line \(line): \(reason): \(text)" }
    }

    public var name = ""
    /// `INPUT_PROP_*` bits.
    public var properties: UInt64 = 0
    /// Axis ranges by `ABS_*` code.
    public var ranges: [UInt16: ClosedRange<Int32>] = [:]
    public var events: [InputEvent] = []

    public init() {}

    /// Parses a recording; comments (`#`) and unknown line kinds are skipped.
    public init(parsing text: String) throws(ParseError) {
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let kind = fields.first else { continue }
            let fail = { (reason: String) in ParseError(line: index + 1, text: String(rawLine), reason: reason) }
            switch kind {
            case "N:":
                name = fields.dropFirst().joined(separator: " ")
            case "P:":
                for (byte, field) in fields.dropFirst().enumerated() {
                    guard byte < 8, let bits = UInt8(field, radix: 16) else { throw fail("bad property byte") }
                    properties |= UInt64(bits) << (8 * UInt64(byte))
                }
            case "A:":
                guard fields.count >= 4, let code = UInt16(fields[1], radix: 16), let low = Int32(fields[2]),
                    let high = Int32(fields[3]), low <= high
                else { throw fail("bad axis") }
                ranges[code] = low...high
            case "E:":
                guard fields.count == 5, let time = Double(fields[1]), time.isFinite,
                    let type = UInt16(fields[2], radix: 16), let code = UInt16(fields[3], radix: 16),
                    let value = Int32(fields[4])
                else { throw fail("bad event") }
                events.append(InputEvent(time: time, type: type, code: code, value: value))
            default:
                continue
            }
        }
    }

    /// Whether the device has multitouch slots.
    public var multitouch: Bool { ranges[EvdevCode.absMTSlot] != nil && ranges[EvdevCode.absMTPositionX] != nil }

    /// The position axes the decoder normalises by: the MT axes of a multitouch device, else X/Y.
    public var axes: TouchAxes? {
        let (xCode, yCode) =
            multitouch ? (EvdevCode.absMTPositionX, EvdevCode.absMTPositionY) : (EvdevCode.absX, EvdevCode.absY)
        guard let x = ranges[xCode], let y = ranges[yCode] else { return nil }
        return TouchAxes(minX: x.lowerBound, maxX: x.upperBound, minY: y.lowerBound, maxY: y.upperBound)
    }
}
