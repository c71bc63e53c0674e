import ArgumentParser
import Foundation
import KioskApp
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskUI

/// `kiosk run`: the terminal on the best display there is.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the terminal (DRM/KMS, or an X11 window when DISPLAY is set).")

    @OptionGroup var options: CommonOptions

    @Option(
        help: ArgumentHelp(
            "Write the touch targets of every screen shown to this JSON file (for scripted drivers).",
            visibility: .hidden))
    var targets: String?

    @MainActor
    func run() async throws {
        let log = Log()
        let state = StateFolder(url: URL(fileURLWithPath: options.state))
        try state.prepare()
        let configuration = try state.configuration()
        let assets = try Assets.locate(explicit: options.assets)
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let icons = IconLibrary(directories: assets.iconDirectories(forms: Array(forms.keys)))
        let store = try state.openStore()
        let printer = CUPSFormPrinter(queue: configuration.formPrinter, server: configuration.cupsServer)

        let display: Display
        let touches: AsyncStream<TouchEvent>
        let environment = ProcessInfo.processInfo.environment
        if let x11 = environment["DISPLAY"], !x11.isEmpty {
            let window = try X11Window(
                width: configuration.panel.widthPixels, height: configuration.panel.heightPixels,
                title: "VillageKiosk")
            display = window
            touches = window.touches()
            log.info("display: X11 window \(window.width)x\(window.height) on \(x11)")
        } else if DRMDisplay.cardExists() {
            let drm = try DRMDisplay()
            display = drm
            // Touch on DRM (evdev) arrives with the devices issue; until then the screen shows only.
            touches = AsyncStream { _ in }
            log.info("display: DRM/KMS \(drm.width)x\(drm.height)")
        } else {
            throw ValidationError(
                """
                no display: there is no /dev/dri card and DISPLAY is not set.
                To see the terminal in a virtual X server:  Xvfb :1 -screen 0 1280x800x24 & DISPLAY=:1 make run
                """)
        }
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms, display: display,
            icons: icons, store: store, printer: printer, speaker: RecordingPromptPlayer(), log: log)
        if let targets {
            terminal.onShow = ScreenTargets.writer(to: URL(fileURLWithPath: targets))
        }
        log.info(
            "ready: \(catalog.procedures.count) procedures, languages \(configuration.languages.joined(separator: ","))"
        )
        await terminal.run(touches: touches)
        log.info("window closed, exiting")
    }
}
