import Foundation
import KioskPrinting
import KioskUI

/// The terminal's settings, kept as config.json in its state folder. Provisioning writes it; a
/// missing key takes its default, so an old file keeps working after an update.
public struct KioskConfiguration: Codable, Sendable, Equatable {
    /// The panel: pixels, and its physical width so touch targets are sized in millimetres.
    public struct Panel: Codable, Sendable, Equatable {
        public var widthPixels = 1280
        public var heightPixels = 800
        public var widthMM = 217.0

        public init() {}
    }

    public var panel = Panel()
    /// Languages offered, in the order of their tiles; the first is the default.
    public var languages = ["vi", "en"]
    /// The commune this terminal serves, as printed on forms.
    public var commune = "xã (chưa cài đặt)"
    /// The CUPS queue of the A4 printer.
    public var formPrinter = "kiosk-a4"
    /// The raw CUPS queue of the ticket printer (ESC/POS); nil when the terminal has none.
    public var ticketPrinter: String?
    /// The ticket printer's paper roll: 80 or 58 (mm).
    public var ticketPaper = TicketPaper.mm80
    /// The CUPS server (a socket path or host:port); nil means libcups' default (CUPS_SERVER).
    public var cupsServer: String?
    /// Display, touch and sound settings (``DeviceSettings``).
    public var devices = DeviceSettings()
    /// When "are you still there?" shows and when an abandoned session is wiped.
    public var idle = IdlePolicy()
    /// Whom the help screen says to ask (volunteers, the commune's staff).
    public var helpContacts: [HelpContact] = []
    /// Queue numbers: none, from the center, or the terminal's own (``QueueSettings``).
    public var queue = QueueSettings()

    public init() {}

    public init(from decoder: Decoder) throws {
        let defaults = KioskConfiguration()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        panel = try c.decodeIfPresent(Panel.self, forKey: .panel) ?? defaults.panel
        languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? defaults.languages
        commune = try c.decodeIfPresent(String.self, forKey: .commune) ?? defaults.commune
        formPrinter = try c.decodeIfPresent(String.self, forKey: .formPrinter) ?? defaults.formPrinter
        ticketPrinter = try c.decodeIfPresent(String.self, forKey: .ticketPrinter)
        ticketPaper = try c.decodeIfPresent(TicketPaper.self, forKey: .ticketPaper) ?? defaults.ticketPaper
        cupsServer = try c.decodeIfPresent(String.self, forKey: .cupsServer)
        devices = try c.decodeIfPresent(DeviceSettings.self, forKey: .devices) ?? defaults.devices
        idle = try c.decodeIfPresent(IdlePolicy.self, forKey: .idle) ?? defaults.idle
        helpContacts = try c.decodeIfPresent([HelpContact].self, forKey: .helpContacts) ?? defaults.helpContacts
        queue = try c.decodeIfPresent(QueueSettings.self, forKey: .queue) ?? defaults.queue
    }
}

extension KioskConfiguration {
    /// Writes the settings as config.json (pretty, sorted keys), atomically.
    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// Takes the queues `setup` created as the terminal's printers.
    public mutating func usePrinters(of setup: PrinterSetup) {
        formPrinter = setup.formQueue
        ticketPrinter = setup.ticketURI == nil ? nil : setup.ticketQueue
        if let server = setup.server { cupsServer = server }
    }
}

extension KioskConfiguration.Panel {
    public init(from decoder: Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        widthPixels = try c.decodeIfPresent(Int.self, forKey: .widthPixels) ?? widthPixels
        heightPixels = try c.decodeIfPresent(Int.self, forKey: .heightPixels) ?? heightPixels
        widthMM = try c.decodeIfPresent(Double.self, forKey: .widthMM) ?? widthMM
    }
}
