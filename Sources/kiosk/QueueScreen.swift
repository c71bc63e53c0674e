import KioskDevices
import KioskGraphics
import KioskUI

/// What the second output shows until the queue work gives it the numbers being called: the
/// commune's name on the queue screen's dark background, so a technician sees the output is driven.
enum QueueScreen {
    @MainActor
    static func showIdle(on display: DRMDisplay, commune: String) {
        display.draw { buffer in
            ImageSurface(buffer: buffer).draw(icons: IconLibrary(directories: [])) { canvas in
                let width = Double(display.width)
                let height = Double(display.height)
                canvas.fill(
                    Rect(x: 0, y: 0, width: width, height: height), color: Color(hex: 0x12_3A5C), cornerRadius: 0)
                canvas.drawText(
                    "Số thứ tự\n\(commune)",
                    in: Rect(x: width * 0.1, y: height * 0.3, width: width * 0.8, height: height * 0.4),
                    style: TextStyle(size: height / 12, weight: .bold, color: Color(hex: 0xFF_FFFF), alignment: .center)
                )
            }
        }
        display.present()
    }
}
