import ArgumentParser
import Foundation
import KioskApp
import KioskDevices
import KioskGraphics
import KioskUI

/// `kiosk calibrate`: four targets on the panel; the technician touches each; the touch matrix
/// is written to config.json (`devices.touchCalibration`).
struct Calibrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Calibrate the touchscreen: touch the four targets; the matrix goes to config.json.")

    @OptionGroup var options: CommonOptions

    @MainActor
    func run() async throws {
        let log = Log(label: "calibrate")
        let state = StateFolder(url: URL(fileURLWithPath: options.state))
        try state.prepare()
        var configuration = try state.configuration()
        let devices = configuration.devices
        guard let rotation = Rotation(degrees: devices.rotation) else {
            throw ValidationError("devices.rotation must be 0, 90, 180 or 270, not \(devices.rotation)")
        }
        let card = try DRMCard(path: devices.card)
        let display = try DRMDisplay(card: card, connector: devices.connector, mode: devices.mode, rotation: rotation)
        // Raw touches: no matrix, no rotation, panel pixels.
        let input = EvdevInput(
            configuration: .init(
                width: display.panelWidth, height: display.panelHeight, debounce: devices.touchDebounceSeconds),
            log: { log.info($0) })
        try input.start()
        var session = CalibrationSession(width: display.width, height: display.height, rotation: rotation)
        let icons = IconLibrary(directories: [])
        show(target: 0, of: session, on: display, icons: icons)
        log.info("calibrating \(display.connectorName): touch the centre of each target")
        for await touch in input.touches() {
            switch session.feed(touch) {
            case .touch(let index):
                if touch.phase == .up { show(target: index, of: session, on: display, icons: icons) }
            case .again:
                log.error("the touches do not fit a panel: again from the first target")
                show(target: 0, of: session, on: display, icons: icons)
            case .done(let matrix):
                configuration.devices.touchCalibration = matrix.values
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try encoder.encode(configuration).write(to: state.configurationURL, options: .atomic)
                log.info("touch calibration written: \(matrix.values.map { String(format: "%.4f", $0) })")
                withExtendedLifetime(input) {}
                return
            }
        }
        throw ValidationError("the touchscreen went away before calibration ended")
    }

    /// Draws target `index` as a cross in a ring, with the instruction in Vietnamese and English.
    @MainActor
    func show(target index: Int, of session: CalibrationSession, on display: DRMDisplay, icons: IconLibrary) {
        let target = session.targets[index]
        display.draw { buffer in
            ImageSurface(buffer: buffer).draw(icons: icons) { canvas in
                let width = Double(display.width)
                let height = Double(display.height)
                canvas.fill(
                    Rect(x: 0, y: 0, width: width, height: height), color: Color(hex: 0x10_1820), cornerRadius: 0)
                canvas.drawText(
                    "Chạm vào tâm dấu thập (\(index + 1)/4)\nTouch the centre of the cross",
                    in: Rect(x: width * 0.2, y: height * 0.4, width: width * 0.6, height: height * 0.2),
                    style: TextStyle(size: 32, weight: .bold, color: Color(hex: 0xFF_FFFF), alignment: .center))
                canvas.fillCircle(center: target, radius: 28, color: Color(hex: 0xE0_4030))
                canvas.fill(
                    Rect(x: target.x - 40, y: target.y - 2, width: 80, height: 4), color: Color(hex: 0xFF_FFFF),
                    cornerRadius: 0)
                canvas.fill(
                    Rect(x: target.x - 2, y: target.y - 40, width: 4, height: 80), color: Color(hex: 0xFF_FFFF),
                    cornerRadius: 0)
            }
        }
        display.present()
    }
}
