import ArgumentParser
import Foundation
import KioskApp
import KioskDevices
import KioskGraphics
import KioskQueue
import KioskSync
import KioskUI

/// `kiosk display`: the queue's display board, full screen, fed by the center; optionally the LED
/// board on a serial line; each call spoken.
struct DisplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: "Show the queue board of a service center (DRM/KMS, or an X11 window when DISPLAY is set).")

    @Option(help: "The center's address (https://center.example:8443).") var center: String
    @Option(help: "This device's token (`center device add NAME`).") var token: String
    @Option(help: "The LED queue board's serial port (/dev/ttyUSB0).") var board: String?
    @Option(help: "Language of the board's words and of the spoken calls.") var lang = "vi"
    @Option(help: "The place shown in the title (\"Xã Lũng Cú\").") var place = ""
    @Option(help: "The DRM card, when shown on DRM/KMS.") var card = "/dev/dri/card0"
    @Option(help: "The output (HDMI-A-1), when shown on DRM/KMS; else the first connected.") var connector: String?
    @Option(help: "The ALSA PCM of the board's speaker.") var sound = "default"
    @Option(help: "Window size when shown in X11.") var width = 1280
    @Option(help: "Window size when shown in X11.") var height = 720
    @Option(help: "Folder of recorded voice packs (<lang>/queue/<clip>.wav); espeak-ng speaks otherwise.")
    var voices = "Assets/audio"

    @MainActor
    func run() async throws {
        guard let base = URL(string: center), base.scheme == "https" || base.scheme == "http" else {
            throw ValidationError("--center \(center): expected http(s)://host:port")
        }
        let log = Log()
        let credential = DeviceCredential(baseURL: base, token: token)
        let services = (try? await QueueClient(credential: credential).state().services) ?? []
        let display: Display
        if let x11 = ProcessInfo.processInfo.environment["DISPLAY"], !x11.isEmpty {
            display = try X11Window(width: width, height: height, title: "VillageKiosk — queue")
        } else {
            display = try DRMDisplay(card: DRMCard(path: card), connector: connector)
        }
        let lights = board.map { SerialQueueLights(port: $0, log: log) }
        let caller = CallSpeaker.onSoundDevice(
            .init(device: sound), voices: URL(fileURLWithPath: voices), language: lang, log: log)
        let board = QueueDisplay(
            display: display, view: QueueBoardView(services: services, language: lang, place: place), lights: lights
        ) { call in caller.speak(call) }
        log.info("queue board: \(center), \(services.count) services\(self.board.map { ", LED board on \($0)" } ?? "")")
        await board.run(
            QueueFeed(credential: credential).boards { connected in
                log.info(connected ? "queue feed connected" : "queue feed lost; trying again")
            })
    }
}
