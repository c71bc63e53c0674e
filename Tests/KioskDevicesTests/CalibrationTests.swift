import KioskDevices
import Testing

@Suite struct CalibrationTests {
    @Test func fittingFourTouchesRecoversTheDistortion() throws {
        let truth = CalibrationMatrix(0.95, 0.02, 0.03, -0.01, 1.05, -0.04)
        let targets = [(0.1, 0.1), (0.9, 0.1), (0.9, 0.9), (0.1, 0.9)].map { (x: $0.0, y: $0.1) }
        // What the panel reported for each target: the inverse of the truth, solved numerically.
        let touched = targets.map { target -> (x: Double, y: Double) in
            let det = truth.a * truth.e - truth.b * truth.d
            let tx = target.x - truth.c
            let ty = target.y - truth.f
            return ((truth.e * tx - truth.b * ty) / det, (truth.a * ty - truth.d * tx) / det)
        }
        let fitted = try #require(CalibrationMatrix.fitting(touched: touched, targets: targets))
        for (value, expected) in zip(fitted.values, truth.values) {
            #expect(abs(value - expected) < 1e-9)
        }
    }

    @Test func touchesOnOneLineCannotCalibrate() {
        let line = [(0.1, 0.1), (0.5, 0.5), (0.9, 0.9), (0.2, 0.2)].map { (x: $0.0, y: $0.1) }
        #expect(CalibrationMatrix.fitting(touched: line, targets: line) == nil)
        #expect(CalibrationMatrix.fitting(touched: Array(line.prefix(2)), targets: Array(line.prefix(2))) == nil)
    }

    @Test func valuesRoundTripInLibinputOrder() {
        let matrix = CalibrationMatrix(1, 2, 3, 4, 5, 6)
        #expect(CalibrationMatrix(values: matrix.values) == matrix)
        #expect(CalibrationMatrix(values: [1, 2, 3]) == nil)
        #expect(CalibrationMatrix(values: [1, 0, .nan, 0, 1, 0]) == nil)
    }

    @Test(arguments: Rotation.allCases)
    func uiPointInvertsPanelPoint(rotation: Rotation) {
        let ui = rotation.logicalSize(panelWidth: 40, panelHeight: 30)
        let panelSize = (width: 40, height: 30)
        for (x, y) in [(0, 0), (5, 7), (ui.width - 1, ui.height - 1), (ui.width - 1, 0)] {
            let panel = rotation.panelPoint(x: x, y: y, width: ui.width, height: ui.height)
            #expect((0..<panelSize.width).contains(panel.x) && (0..<panelSize.height).contains(panel.y))
            let back = rotation.uiPoint(
                panelX: Double(panel.x) / Double(panelSize.width - 1),
                panelY: Double(panel.y) / Double(panelSize.height - 1))
            #expect(abs(back.x * Double(ui.width - 1) - Double(x)) < 1e-9)
            #expect(abs(back.y * Double(ui.height - 1) - Double(y)) < 1e-9)
        }
    }
}
