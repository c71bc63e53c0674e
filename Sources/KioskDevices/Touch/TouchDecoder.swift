import KioskUI

/// Turns a touchscreen's evdev events into touches in UI coordinates: a plain value fed one event
/// at a time, by the libevdev reader on the terminal and by recorded streams in tests.
///
/// - Multitouch protocol B (slots, `ABS_MT_TRACKING_ID`) or single-touch (`BTN_TOUCH` with
///   `ABS_X`/`ABS_Y`; `BTN_LEFT` too, for panels and QEMU's tablet that present as an absolute
///   mouse); a multitouch device's legacy single-touch events are ignored. Protocol A is not read.
/// - Nothing acts before `SYN_REPORT`: a frame is applied whole.
/// - After `SYN_DROPPED` the next frame is libevdev's resynchronisation; a contact that it ends
///   was lifted while events were lost, so it ends as `.cancel`, never as a tap.
/// - Ghost touches: a contact is reported only once it has lasted `debounce` seconds (by the
///   events' timestamps); one lifted sooner is dropped whole.
/// - Raw positions are normalised by the axes, calibrated (``CalibrationMatrix``), turned by the
///   rotation and scaled to the UI's size.
public struct TouchDecoder: Sendable {
    /// What the decoder needs to know of the device and the screen.
    public struct Configuration: Sendable, Equatable {
        public var axes: TouchAxes
        /// Protocol B slots; false for a single-touch device.
        public var multitouch: Bool
        /// The UI's size in pixels (after rotation).
        public var width: Int
        public var height: Int
        public var calibration: CalibrationMatrix
        public var rotation: Rotation
        /// Seconds a contact must last to count.
        public var debounce: Double

        public init(
            axes: TouchAxes, multitouch: Bool, width: Int, height: Int, calibration: CalibrationMatrix = .identity,
            rotation: Rotation = .none, debounce: Double = 0.02
        ) {
            self.axes = axes
            self.multitouch = multitouch
            self.width = width
            self.height = height
            self.calibration = calibration
            self.rotation = rotation
            self.debounce = debounce
        }
    }

    /// A slot's values as the device last set them.
    struct Slot: Equatable {
        var trackingID: Int32 = -1
        var x: Int32 = 0
        var y: Int32 = 0
    }

    /// A contact the decoder follows: reported once it passed the debounce.
    struct Contact {
        var trackingID: Int32
        var since: Double
        var reported: Bool
        var point: Point
    }

    public var configuration: Configuration
    var slots: [Int: Slot] = [:]
    var currentSlot = 0
    var contacts: [Int: Contact] = [:]
    var resyncing = false
    var singleTouchDown = false

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Whether a finger is on the panel (reported or still within its debounce).
    public var touching: Bool { !contacts.isEmpty }

    /// Feeds one event; returns the touches a completed frame produced, in slot order.
    public mutating func feed(_ event: InputEvent) -> [TouchEvent] {
        switch (event.type, event.code) {
        case (EvdevCode.synType, EvdevCode.synReport):
            return endFrame(at: event.time)
        case (EvdevCode.synType, EvdevCode.synDropped):
            resyncing = true
        case (EvdevCode.absType, _):
            absolute(event)
        case (EvdevCode.keyType, EvdevCode.buttonTouch) where !configuration.multitouch,
            (EvdevCode.keyType, EvdevCode.buttonLeft) where !configuration.multitouch:
            singleTouchDown = event.value != 0
            slots[0, default: Slot()].trackingID = singleTouchDown ? 0 : -1
        default:
            break
        }
        return []
    }

    /// The device went away: every reported contact ends as `.cancel`.
    public mutating func deviceRemoved() -> [TouchEvent] {
        let ended = contacts.keys.sorted().compactMap { slot -> TouchEvent? in
            guard let contact = contacts[slot], contact.reported else { return nil }
            return TouchEvent(.cancel, at: contact.point, slot: slot)
        }
        contacts = [:]
        slots = [:]
        singleTouchDown = false
        return ended
    }

    mutating func absolute(_ event: InputEvent) {
        if configuration.multitouch {
            switch event.code {
            case EvdevCode.absMTSlot: currentSlot = Int(max(0, event.value))
            case EvdevCode.absMTTrackingID: slots[currentSlot, default: Slot()].trackingID = event.value
            case EvdevCode.absMTPositionX: slots[currentSlot, default: Slot()].x = event.value
            case EvdevCode.absMTPositionY: slots[currentSlot, default: Slot()].y = event.value
            default: break
            }
        } else {
            switch event.code {
            case EvdevCode.absX: slots[0, default: Slot()].x = event.value
            case EvdevCode.absY: slots[0, default: Slot()].y = event.value
            default: break
            }
        }
    }

    mutating func endFrame(at time: Double) -> [TouchEvent] {
        var out: [TouchEvent] = []
        let lost = resyncing
        resyncing = false
        for index in Set(slots.keys).union(contacts.keys).sorted() {
            let slot = slots[index] ?? Slot()
            let point = self.point(of: slot)
            if var contact = contacts[index] {
                if slot.trackingID == contact.trackingID {
                    if !contact.reported {
                        if time - contact.since >= configuration.debounce {
                            contact.reported = true
                            out.append(TouchEvent(.down, at: point, slot: index))
                        }
                    } else if point != contact.point {
                        out.append(TouchEvent(.move, at: point, slot: index))
                    }
                    contact.point = point
                    contacts[index] = contact
                    continue
                }
                // The contact ended: lifted, or replaced by a new finger in the same slot.
                out += end(contact, slot: index, lost: lost, at: time)
                contacts[index] = nil
            }
            if slot.trackingID >= 0 {
                let reported = configuration.debounce <= 0
                contacts[index] = Contact(trackingID: slot.trackingID, since: time, reported: reported, point: point)
                if reported { out.append(TouchEvent(.down, at: point, slot: index)) }
            }
        }
        return out
    }

    /// The touches that end a contact: up (with its down when it was still being debounced), or
    /// cancel when events were lost; nothing for a ghost.
    func end(_ contact: Contact, slot: Int, lost: Bool, at time: Double) -> [TouchEvent] {
        if lost { return contact.reported ? [TouchEvent(.cancel, at: contact.point, slot: slot)] : [] }
        if contact.reported { return [TouchEvent(.up, at: contact.point, slot: slot)] }
        guard time - contact.since >= configuration.debounce else { return [] }
        return [TouchEvent(.down, at: contact.point, slot: slot), TouchEvent(.up, at: contact.point, slot: slot)]
    }

    /// A slot's position in UI pixels.
    func point(of slot: Slot) -> Point {
        let c = configuration
        let raw = c.axes.normalized(x: slot.x, y: slot.y)
        let calibrated = c.calibration.apply(x: raw.x, y: raw.y)
        let turned = c.rotation.uiPoint(panelX: calibrated.x, panelY: calibrated.y)
        let x = min(max(turned.x, 0), 1) * Double(max(c.width - 1, 0))
        let y = min(max(turned.y, 0), 1) * Double(max(c.height - 1, 0))
        return Point(x: x.rounded(), y: y.rounded())
    }
}
