/// One evdev event (`struct input_event`) as a value: what the touch decoder and the barcode
/// decoder are fed, from a device through libevdev or from a recording in tests.
public struct InputEvent: Sendable, Equatable {
    /// Seconds, from the event's timestamp.
    public var time: Double
    public var type: UInt16
    public var code: UInt16
    public var value: Int32

    public init(time: Double, type: UInt16, code: UInt16, value: Int32) {
        self.time = time
        self.type = type
        self.code = code
        self.value = value
    }
}

/// The evdev codes the decoders read (linux/input-event-codes.h); kept here so the decoders
/// stay plain Swift that tests feed without a device.
public enum EvdevCode {
    public static let synType: UInt16 = 0x00
    public static let keyType: UInt16 = 0x01
    public static let absType: UInt16 = 0x03

    public static let synReport: UInt16 = 0
    public static let synDropped: UInt16 = 3

    public static let absX: UInt16 = 0x00
    public static let absY: UInt16 = 0x01
    public static let absMTSlot: UInt16 = 0x2f
    public static let absMTPositionX: UInt16 = 0x35
    public static let absMTPositionY: UInt16 = 0x36
    public static let absMTTrackingID: UInt16 = 0x39

    public static let buttonTouch: UInt16 = 0x14a
    public static let buttonLeft: UInt16 = 0x110

    /// `INPUT_PROP_DIRECT`: a touchscreen, as opposed to a touchpad.
    public static let propertyDirect: UInt32 = 0x01
}
