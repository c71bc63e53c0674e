import Foundation
import KioskUI

/// A rectangle of pixels that changed between two frames, in whole pixels.
public struct DamageRect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The smallest rectangle holding both.
    public func union(_ other: DamageRect) -> DamageRect {
        let left = min(x, other.x)
        let top = min(y, other.y)
        let right = max(x + width, other.x + other.width)
        let bottom = max(y + height, other.y + other.height)
        return DamageRect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The whole of a `width` x `height` frame.
    public static func all(width: Int, height: Int) -> DamageRect {
        DamageRect(x: 0, y: 0, width: width, height: height)
    }

    /// Where two frames of the same size differ, nil when they are the same: whole rows are
    /// compared with memcmp, then the changed rows are scanned for the first and last changed column.
    public static func between(_ old: PixelBuffer, _ new: PixelBuffer) -> DamageRect? {
        guard old.width == new.width, old.height == new.height else {
            return .all(width: new.width, height: new.height)
        }
        let rowBytes = new.width * 4
        var top = -1
        var bottom = -1
        var left = new.width
        var right = -1
        for row in 0..<new.height {
            let a = old.base + row * old.stride
            let b = new.base + row * new.stride
            guard memcmp(a, b, rowBytes) != 0 else { continue }
            if top < 0 { top = row }
            bottom = row
            let wordsA = a.assumingMemoryBound(to: UInt32.self)
            let wordsB = b.assumingMemoryBound(to: UInt32.self)
            var first = 0
            while first < left, wordsA[first] == wordsB[first] { first += 1 }
            left = min(left, first)
            var last = new.width - 1
            while last > right, wordsA[last] == wordsB[last] { last -= 1 }
            right = max(right, last)
        }
        guard top >= 0 else { return nil }
        return DamageRect(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
    }

    /// The rectangle this one covers on the panel when the picture is turned by `rotation`
    /// (for a UI frame of `width` x `height`).
    public func onPanel(rotation: Rotation, width: Int, height: Int) -> DamageRect {
        let a = rotation.panelPoint(x: x, y: y, width: width, height: height)
        let b = rotation.panelPoint(x: x + self.width - 1, y: y + self.height - 1, width: width, height: height)
        return DamageRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x) + 1, height: abs(a.y - b.y) + 1)
    }
}

extension PixelBuffer {
    /// Copies `rect` of `source` (the UI frame) into this panel buffer, turned by `rotation`.
    public func copy(_ rect: DamageRect, from source: PixelBuffer, rotation: Rotation) {
        if rotation == .none {
            for row in rect.y..<(rect.y + rect.height) {
                memcpy(
                    base + row * stride + rect.x * 4, source.base + row * source.stride + rect.x * 4, rect.width * 4)
            }
            return
        }
        for row in rect.y..<(rect.y + rect.height) {
            let line = (source.base + row * source.stride).assumingMemoryBound(to: UInt32.self)
            for column in rect.x..<(rect.x + rect.width) {
                let target = rotation.panelPoint(x: column, y: row, width: source.width, height: source.height)
                (base + target.y * stride + target.x * 4).storeBytes(of: line[column], as: UInt32.self)
            }
        }
    }
}
