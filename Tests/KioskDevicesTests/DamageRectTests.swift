import Foundation
import KioskDevices
import KioskUI
import Testing

/// A frame of `width` x `height` XRGB pixels in memory, freed at the end of the test.
final class Frame {
    let width: Int
    let height: Int
    let base: UnsafeMutableRawPointer

    init(width: Int, height: Int, fill: (Int, Int) -> UInt32 = { _, _ in 0 }) {
        self.width = width
        self.height = height
        base = UnsafeMutableRawPointer.allocate(byteCount: width * height * 4, alignment: 16)
        for y in 0..<height {
            for x in 0..<width { self[x, y] = fill(x, y) }
        }
    }

    deinit { base.deallocate() }

    var buffer: PixelBuffer { PixelBuffer(base: base, width: width, height: height, stride: width * 4) }

    subscript(x: Int, y: Int) -> UInt32 {
        get { base.load(fromByteOffset: (y * width + x) * 4, as: UInt32.self) }
        set { base.storeBytes(of: newValue, toByteOffset: (y * width + x) * 4, as: UInt32.self) }
    }
}

@Suite struct DamageRectTests {
    @Test func identicalFramesHaveNoDamage() {
        let a = Frame(width: 64, height: 48) { x, y in UInt32(x * 1000 + y) }
        let b = Frame(width: 64, height: 48) { x, y in UInt32(x * 1000 + y) }
        #expect(DamageRect.between(a.buffer, b.buffer) == nil)
    }

    @Test func damageBoundsEveryChangedPixel() {
        let a = Frame(width: 64, height: 48)
        let b = Frame(width: 64, height: 48)
        b[10, 5] = 1
        b[30, 20] = 2
        b[12, 40] = 3
        #expect(DamageRect.between(a.buffer, b.buffer) == DamageRect(x: 10, y: 5, width: 21, height: 36))
        b[63, 47] = 4
        b[0, 7] = 5
        #expect(DamageRect.between(a.buffer, b.buffer) == DamageRect(x: 0, y: 5, width: 64, height: 43))
    }

    @Test(arguments: Rotation.allCases)
    func copyingTurnsTheFrameAsThePanelShowsIt(rotation: Rotation) {
        let ui = rotation.logicalSize(panelWidth: 40, panelHeight: 24)
        let source = Frame(width: ui.width, height: ui.height) { x, y in UInt32(y * 100 + x + 1) }
        let panel = Frame(width: 40, height: 24)
        panel.buffer.copy(.all(width: ui.width, height: ui.height), from: source.buffer, rotation: rotation)
        for (x, y) in [(0, 0), (ui.width - 1, 0), (3, ui.height - 1), (7, 11)] {
            let at = rotation.panelPoint(x: x, y: y, width: ui.width, height: ui.height)
            #expect(panel[at.x, at.y] == source[x, y], "\(rotation) (\(x), \(y))")
        }
        // The UI's top-left corner goes to the panel corner the rotation turns it to.
        let corner: (Int, Int) =
            switch rotation {
            case .none: (0, 0)
            case .quarter: (39, 0)
            case .half: (39, 23)
            case .threeQuarters: (0, 23)
            }
        #expect(panel[corner.0, corner.1] == 1)
    }

    @Test func copyingADamagedAreaLeavesTheRestAlone() {
        let source = Frame(width: 40, height: 24) { _, _ in 7 }
        let panel = Frame(width: 24, height: 40)
        let rect = DamageRect(x: 5, y: 6, width: 3, height: 2)
        panel.buffer.copy(rect, from: source.buffer, rotation: .quarter)
        let onPanel = rect.onPanel(rotation: .quarter, width: 40, height: 24)
        var painted = 0
        for y in 0..<40 {
            for x in 0..<24 where panel[x, y] == 7 {
                painted += 1
                #expect((onPanel.x..<onPanel.x + onPanel.width).contains(x))
                #expect((onPanel.y..<onPanel.y + onPanel.height).contains(y))
            }
        }
        #expect(painted == 6)
        #expect(onPanel.width == 2 && onPanel.height == 3)
    }
}
