import CQREncode
import Foundation

/// A QR code as a square of modules, made by libqrencode: what any canvas or printer can draw.
///
/// Data is always encoded in 8-bit (byte) mode, so any bytes round-trip; text is encoded as its
/// UTF-8 bytes, which scanners read back as UTF-8. The version (the size) is the smallest that
/// holds the data at the chosen error-correction level.
public struct QRCode: Sendable, Equatable {
    /// How much of the code may be damaged and still read back; more correction means a bigger code.
    public enum ErrorCorrection: Sendable, Equatable, CaseIterable {
        /// About 7 % of the codewords may be lost.
        case low
        /// About 15 %: the default, right for paper that gets folded and carried.
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high
    }

    /// The blank margin, in modules, that scanners need around a code on every side.
    public static let quietZone = 4
    /// The largest version the QR standard defines (177 x 177 modules).
    public static let largestVersion = 40

    /// Modules per side, without the quiet zone: 21 for version 1, 4 more per version.
    public let size: Int
    /// The QR version, 1...40.
    public let version: Int
    public let errorCorrection: ErrorCorrection
    /// Row-major, `size * size` values, true for a dark module.
    public let modules: [Bool]

    /// Encodes bytes in 8-bit mode.
    ///
    /// Throws `.tooLarge` when the data needs a bigger version than `maximumVersion` (at most 40),
    /// `.empty` for no data. The corresponding C function is `QRcode_encodeData`.
    public init(
        bytes: some Collection<UInt8>, errorCorrection: ErrorCorrection = .medium,
        maximumVersion: Int = QRCode.largestVersion
    ) throws(QRCodeError) {
        let data = Array(bytes)
        guard !data.isEmpty else { throw .empty }
        let limit = min(max(maximumVersion, 1), Self.largestVersion)
        // Version 0 lets libqrencode choose the smallest version the data fits in.
        guard
            let code = data.withUnsafeBufferPointer({
                QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, errorCorrection.c)
            })
        else {
            let failure = errno
            if failure == ERANGE { throw .tooLarge(byteCount: data.count, maximumVersion: limit) }
            throw .encoderFailed(reason: String(cString: strerror(failure)))
        }
        defer { QRcode_free(code) }
        let version = Int(code.pointee.version)
        guard version <= limit else { throw .tooLarge(byteCount: data.count, maximumVersion: limit) }
        let size = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
        let cells = UnsafeBufferPointer(start: code.pointee.data, count: size * size)
        self.size = size
        self.version = version
        self.errorCorrection = errorCorrection
        self.modules = cells.map { $0 & 1 == 1 }
    }

    /// Encodes the UTF-8 bytes of `text` in 8-bit mode.
    public init(
        text: String, errorCorrection: ErrorCorrection = .medium, maximumVersion: Int = QRCode.largestVersion
    ) throws(QRCodeError) {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection, maximumVersion: maximumVersion)
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code (the quiet zone) is light.
    public subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// Modules per side with the quiet zone on both sides: the square a drawing must reserve.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZone }
}

/// Why data could not become a QR code.
public enum QRCodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There was nothing to encode.
    case empty
    /// The data needs a version above `maximumVersion` (or above 40, the largest there is).
    case tooLarge(byteCount: Int, maximumVersion: Int)
    /// libqrencode failed for another reason (out of memory).
    case encoderFailed(reason: String)

    public var description: String {
        switch self {
        case .empty: "qr code: nothing to encode"
        case .tooLarge(let count, let version): "qr code: \(count) bytes do not fit in version \(version)"
        case .encoderFailed(let reason): "qr code: libqrencode failed: \(reason)"
        }
    }
}

extension QRCode.ErrorCorrection {
    var c: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}
