import ArgumentParser
import Foundation
import KioskApp
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskSync
import KioskUI

/// `kiosk run`: the terminal on the best display there is.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the terminal (DRM/KMS, evdev touch and ALSA sound; an X11 window when DISPLAY is set).")

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
        // One spooler for both queues: jobs wait through printer problems and print once.
        let spooler = PrintSpooler(server: configuration.cupsServer)
        let printer = SpooledPrinter(spooler: spooler, queue: configuration.formPrinter)
        let ticketPrinter = configuration.ticketPrinter.map { SpooledPrinter(spooler: spooler, queue: $0) }
        Task {
            for await report in spooler.conditions {
                log.info("printer \(report.queue): \(report.condition.technicianText)")
            }
        }
        let devices = configuration.devices

        let display: Display
        let touches: AsyncStream<TouchEvent>
        var speaker: PromptPlayer = RecordingPromptPlayer()
        var keepAlive: [AnyObject] = []
        var queueOutput: DRMDisplay?
        let environment = ProcessInfo.processInfo.environment
        if let x11 = environment["DISPLAY"], !x11.isEmpty {
            let window = try X11Window(
                width: configuration.panel.widthPixels, height: configuration.panel.heightPixels,
                title: "VillageKiosk")
            display = window
            touches = window.touches()
            log.info("display: X11 window \(window.width)x\(window.height) on \(x11)")
        } else if DRMCard.exists(path: devices.card) {
            guard let rotation = Rotation(degrees: devices.rotation) else {
                throw ValidationError("devices.rotation must be 0, 90, 180 or 270, not \(devices.rotation)")
            }
            let card = try DRMCard(path: devices.card)
            let drm = try DRMDisplay(card: card, connector: devices.connector, mode: devices.mode, rotation: rotation)
            display = drm
            log.info(
                "display: DRM/KMS \(drm.connectorName) \(drm.panelWidth)x\(drm.panelHeight), rotation \(rotation.rawValue)"
            )
            let outputs = (try? card.connectors()) ?? []
            log.info(
                "connectors: \(outputs.map { "\($0.name) \($0.connected ? "connected" : "disconnected")" }.joined(separator: ", "))"
            )
            if let name = devices.queueConnector {
                // A missing queue screen must not stop the terminal: it runs on without one.
                do throws(DeviceError) {
                    let queue = try DRMDisplay(card: card, connector: name)
                    queueOutput = queue
                    keepAlive.append(queue)
                    log.info("queue display: DRM/KMS \(queue.connectorName) \(queue.panelWidth)x\(queue.panelHeight)")
                } catch {
                    log.error("queue display not started: \(error)")
                }
            }
            let input = EvdevInput(
                configuration: .init(
                    width: drm.width, height: drm.height,
                    calibration: CalibrationMatrix(values: devices.touchCalibration) ?? .identity, rotation: rotation,
                    debounce: devices.touchDebounceSeconds),
                log: { log.info($0) })
            try input.start()
            keepAlive.append(input)
            if environment["KIOSK_BENCH"] != nil { Self.measure(drm, input: input) }
            // Scans (QR codes of tickets and ID cards) have no screen to go to yet; their text may
            // be personal, so only its length is logged.
            Task {
                for await text in input.scans() { log.info("barcode scanned: \(text.count) characters") }
            }
            let blanker = ScreenBlanker(display: drm, timeout: devices.blankAfterSeconds, log: { log.info($0) })
            keepAlive.append(blanker)
            touches = blanker.filter(input.touches())
            speaker = ALSAPromptPlayer(
                configuration: .init(device: devices.soundDevice, volume: Double(devices.volume) / 100),
                resolve: Self.promptResolver(assets: assets, forms: Array(forms.keys)), log: { log.error($0) })
        } else {
            throw ValidationError(
                """
                no display: there is no \(devices.card) and DISPLAY is not set.
                To see the terminal in a virtual X server:  Xvfb :1 -screen 0 1280x800x24 & DISPLAY=:1 make run
                """)
        }
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms, display: display,
            icons: icons, store: store, printer: printer, ticketPrinter: ticketPrinter, speaker: speaker,
            log: log)
        if let targets {
            terminal.onShow = ScreenTargets.writer(to: URL(fileURLWithPath: targets))
        }
        terminal.printTemplates = assets.root.appendingPathComponent("templates")
        // Uploads run once the terminal is provisioned (`kiosk sync provision`); never in the way of the screen.
        let credential = try state.syncCredential()
        if let credential {
            let sync = SyncService(credential: credential, store: store)
            sync.start()
            terminal.sync = sync
            log.info("uploads to \(credential.baseURL.absoluteString)")
        }
        // Queue numbers: a village house's terminal owns its queue (Terminal sets it up); at a
        // service center it asks the center, with a block of numbers set aside for when it cannot.
        if configuration.queue.mode == .center {
            if let credential {
                let source = CenterTicketSource(
                    client: QueueClient(credential: credential), store: store, settings: configuration.queue, log: log)
                terminal.tickets = source
                Task { await source.prepare() }
            } else {
                log.error(
                    "queue mode is center but the terminal is not provisioned (`kiosk sync provision`): no numbers")
            }
        }
        if let queueOutput {
            QueueScreen.start(
                on: queueOutput, configuration: configuration, tickets: terminal.tickets, credential: credential,
                assets: assets, log: log)
        }
        log.info(
            "ready: \(catalog.procedures.count) procedures, languages \(configuration.languages.joined(separator: ","))"
        )
        await terminal.run(touches: touches)
        withExtendedLifetime(keepAlive) {}
        log.info("input closed, exiting")
    }

    /// Prints each frame's timing as a JSON line, and the time from the touch to the frame that
    /// followed it (KIOSK_BENCH=1, for the VM benchmark).
    @MainActor
    static func measure(_ display: DRMDisplay, input: EvdevInput) {
        var measuredTouch = 0.0
        display.onPresented = { timing in
            var line =
                "{\"bench\":\"frame\",\"copyMS\":\(String(format: "%.2f", timing.copy * 1000)),"
                + "\"flipMS\":\(String(format: "%.2f", timing.flip * 1000)),\"method\":\"\(timing.method.rawValue)\","
                + "\"damage\":[\(timing.damage.x),\(timing.damage.y),\(timing.damage.width),\(timing.damage.height)]"
            let touched = input.lastTouchTime
            if touched > measuredTouch {
                measuredTouch = touched
                line += ",\"touchToFlipMS\":\(String(format: "%.1f", (timing.completed - touched) * 1000))"
            }
            print(line + "}")
            fflush(nil)
        }
    }

    /// Finds a prompt's WAV: the terminal's own words first, then each form's itext audio (the
    /// player is not told which form is open; itext ids name their question, so they rarely collide).
    static func promptResolver(assets: Assets, forms: [String]) -> @Sendable (String, String) -> URL? {
        let library = PromptLibrary(assets: assets)
        let forms = forms.sorted()
        return { id, language in
            if let prompt = library.prompt(id, language: language) { return prompt.url }
            for form in forms {
                if let prompt = library.prompt(id, language: language, form: form) { return prompt.url }
            }
            return nil
        }
    }
}
