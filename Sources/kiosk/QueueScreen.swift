import Foundation
import KioskApp
import KioskDevices
import KioskGraphics
import KioskQueue
import KioskSync
import KioskUI

/// The terminal's second output: the queue board. At a village house it follows the terminal's
/// own queue (changed by the terminal and by `kiosk queue` in the same SQLite file); at a service
/// center it follows the center's feed. Each new call is spoken on the terminal's sound. Without a
/// queue it shows the commune's name, so a technician sees the output is driven.
enum QueueScreen {
    /// Runs the board on `display` until the program ends.
    @MainActor
    static func start(
        on display: DRMDisplay, configuration: KioskConfiguration, tickets: TicketSource?,
        credential: DeviceCredential?, assets: Assets, log: Log
    ) {
        let boards: AsyncStream<Board>
        if let desk = tickets as? VillageDesk {
            boards = desk.boards()
        } else if configuration.queue.mode == .center, let credential {
            boards = QueueFeed(credential: credential).boards { connected in
                log.info(connected ? "queue feed connected" : "queue feed lost; trying again")
            }
        } else {
            showIdle(on: display, commune: configuration.commune)
            return
        }
        let language = configuration.languages.first ?? "vi"
        let caller = CallSpeaker.onSoundDevice(
            .init(device: configuration.devices.soundDevice, volume: Double(configuration.devices.volume) / 100),
            voices: assets.root.appendingPathComponent("audio"), language: language, log: log)
        Task { @MainActor in
            let services = await tickets?.services() ?? configuration.queue.services
            let board = QueueDisplay(
                display: display,
                view: QueueBoardView(services: services, language: language, place: configuration.commune)
            ) { call in caller.speak(call) }
            await board.run(boards)
        }
    }

    /// The commune's name on the queue screen's dark background.
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
