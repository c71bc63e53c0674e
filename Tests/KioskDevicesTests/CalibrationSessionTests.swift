import KioskDevices
import KioskUI
import Testing

@Suite struct CalibrationSessionTests {
    /// Touches each target as a panel that reads `shift` pixels off would report it.
    func calibrate(rotation: Rotation, shift: (x: Double, y: Double)) -> CalibrationSession.Step? {
        let ui = rotation.logicalSize(panelWidth: 1280, panelHeight: 800)
        var session = CalibrationSession(width: ui.width, height: ui.height, rotation: rotation)
        var last: CalibrationSession.Step?
        for target in session.targets {
            let panel = rotation.panelPoint(x: Int(target.x), y: Int(target.y), width: ui.width, height: ui.height)
            let reported = Point(x: Double(panel.x) + shift.x, y: Double(panel.y) + shift.y)
            let step = session.feed(TouchEvent(.down, at: reported))
            #expect(step == .touch(session.current))
            last = session.feed(TouchEvent(.up, at: reported))
        }
        return last
    }

    @Test(arguments: Rotation.allCases)
    func fourTouchesGiveTheCorrectingMatrix(rotation: Rotation) throws {
        guard case .done(let matrix) = calibrate(rotation: rotation, shift: (40, -25)) else {
            Issue.record("no matrix")
            return
        }
        #expect(abs(matrix.a - 1) < 1e-6 && abs(matrix.e - 1) < 1e-6)
        #expect(abs(matrix.c + 40 / 1279) < 1e-6)
        #expect(abs(matrix.f - 25 / 799) < 1e-6)
    }

    @Test func touchesInOnePlaceStartAgain() {
        var session = CalibrationSession(width: 1280, height: 800, rotation: .none)
        var last: CalibrationSession.Step?
        for _ in 0..<4 { last = session.feed(TouchEvent(.up, at: Point(x: 600, y: 400))) }
        #expect(last == .again)
        #expect(session.current == 0)
    }
}
