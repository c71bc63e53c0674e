import Foundation

/// The terminal's devices in config.json (`"devices"`): which output, how it is turned, when it
/// blanks, the touch calibration, and the sound. Every key is optional; defaults suit one panel.
public struct DeviceSettings: Codable, Sendable, Equatable {
    /// The DRM card.
    public var card = "/dev/dri/card0"
    /// The connector by name ("HDMI-A-1"); nil: the first connected one.
    public var connector: String?
    /// "1280x800"; nil: the panel's preferred mode.
    public var mode: String?
    /// Degrees clockwise the picture is turned on the panel: 0, 90, 180 or 270.
    public var rotation = 0
    /// A second connector that shows the queue screen; nil: none.
    public var queueConnector: String?
    /// Seconds without a touch before the panel is turned off; 0: never.
    public var blankAfterSeconds = 600.0
    /// libinput's six calibration numbers, written by `kiosk calibrate`.
    public var touchCalibration = [1.0, 0, 0, 0, 1, 0]
    /// Seconds a contact must last to count (shorter ones are ghost touches).
    public var touchDebounceSeconds = 0.02
    /// The ALSA PCM prompts play on.
    public var soundDevice = "default"
    /// Prompt volume, 0-100.
    public var volume = 100

    public init() {}

    public init(from decoder: Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        card = try c.decodeIfPresent(String.self, forKey: .card) ?? card
        connector = try c.decodeIfPresent(String.self, forKey: .connector)
        mode = try c.decodeIfPresent(String.self, forKey: .mode)
        rotation = try c.decodeIfPresent(Int.self, forKey: .rotation) ?? rotation
        queueConnector = try c.decodeIfPresent(String.self, forKey: .queueConnector)
        blankAfterSeconds = try c.decodeIfPresent(Double.self, forKey: .blankAfterSeconds) ?? blankAfterSeconds
        touchCalibration = try c.decodeIfPresent([Double].self, forKey: .touchCalibration) ?? touchCalibration
        touchDebounceSeconds = try c.decodeIfPresent(Double.self, forKey: .touchDebounceSeconds) ?? touchDebounceSeconds
        soundDevice = try c.decodeIfPresent(String.self, forKey: .soundDevice) ?? soundDevice
        volume = try c.decodeIfPresent(Int.self, forKey: .volume) ?? volume
    }
}
