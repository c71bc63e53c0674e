/// Consistent Overhead Byte Stuffing: removes every zero from a payload so a single 0x00 can end a
/// frame on the wire, whatever the payload holds. Costs one byte per 254 payload bytes.
public enum COBS {
    /// Appends the encoding of `payload` (without the closing zero) to `output`.
    /// Returns false when `output` is too small.
    public static func encode<let n: Int, let m: Int>(_ payload: Bytes<n>, into output: inout Bytes<m>) -> Bool {
        var codeIndex = output.count
        guard output.append(0) else { return false }  // placeholder for the first code byte
        var code: UInt8 = 1
        var index = 0
        while index < payload.count {
            let byte = payload[index]
            index += 1
            if byte == 0 {
                output[codeIndex] = code
                codeIndex = output.count
                guard output.append(0) else { return false }
                code = 1
                continue
            }
            guard output.append(byte) else { return false }
            code += 1
            if code == 0xFF {
                output[codeIndex] = code
                codeIndex = output.count
                // A full block ends without an implied zero; start the next block only if bytes remain.
                if index < payload.count {
                    guard output.append(0) else { return false }
                } else {
                    return true
                }
                code = 1
            }
        }
        output[codeIndex] = code
        return true
    }

    /// Decodes `encoded` (one frame, without its closing zero) into `output`.
    public static func decode<let n: Int, let m: Int>(
        _ encoded: Bytes<n>, into output: inout Bytes<m>
    ) throws(FrameError) {
        output.removeAll()
        var index = 0
        while index < encoded.count {
            let code = Int(encoded[index])
            guard code != 0 else { throw .badEncoding }
            guard index + code <= encoded.count else { throw .badEncoding }
            index += 1
            var copied = 1
            while copied < code {
                let byte = encoded[index]
                guard byte != 0 else { throw .badEncoding }
                guard output.append(byte) else { throw .tooLong }
                index += 1
                copied += 1
            }
            if code < 0xFF && index < encoded.count {
                guard output.append(0) else { throw .tooLong }
            }
        }
    }
}
