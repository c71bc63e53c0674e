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
        let voice = CallVoice(voices: assets.root.appendingPathComponent("audio"))
        let calls = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-calls")
        try? FileManager.default.createDirectory(at: calls, withIntermediateDirectories: true)
        // The call's sound is made here, then played as a file ("file:" ids name one) on the
        // terminal's own sound device.
        let speaker = ALSAPromptPlayer(
            configuration: .init(
                device: configuration.devices.soundDevice, volume: Double(configuration.devices.volume) / 100),
            resolve: { id, _ in id.hasPrefix("file:") ? URL(fileURLWithPath: String(id.dropFirst(5))) : nil },
            log: { log.error($0) })
        Task { @MainActor in
            let services = await tickets?.services() ?? configuration.queue.services
            let board = QueueDisplay(
                display: display,
                view: QueueBoardView(services: services, language: language, place: configuration.commune)
            ) { call in
                do throws(AppError) {
                    let sound = try voice.sound(for: call, language: language).sound
                    let file = calls.appendingPathComponent("call-\(call.counter).wav")
                    try? sound.wav.write(to: file, options: .atomic)
                    speaker.play(["file:" + file.path], language: language)
                } catch {
                    log.error("call \(call.number) not spoken: \(error)")
                }
            }
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
