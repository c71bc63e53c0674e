import QueueBoardProtocol

/// Conversions between the protocol's fixed buffers and arrays, for readable expectations.
extension Bytes {
    init(_ array: [UInt8]) {
        self.init()
        for byte in array { append(byte) }
    }

    var array: [UInt8] { (0..<count).map { self[$0] } }
}

/// Feeds `bytes` to a decoder and collects what it reports.
func decode(_ bytes: [UInt8], with decoder: inout FrameDecoder) -> [FrameDecoder.Event] {
    bytes.compactMap { decoder.feed($0) }
}

func decode(_ bytes: [UInt8]) -> [FrameDecoder.Event] {
    var decoder = FrameDecoder()
    return decode(bytes, with: &decoder)
}

/// A frame with any type, sequence and body, for commands the host API cannot produce.
func rawFrame(_ payloadWithoutCRC: [UInt8]) -> [UInt8] {
    WireFrame.frame(
        type: payloadWithoutCRC[0], sequence: payloadWithoutCRC[1],
        body: Bytes<64>(Array(payloadWithoutCRC.dropFirst(2)))
    ).array
}

extension FrameDecoder.Event {
    var payload: [UInt8]? {
        if case .payload(let payload) = self { return payload.array }
        return nil
    }

    var error: FrameError? {
        if case .error(let error, _) = self { return error }
        return nil
    }
}
