import KioskDevices
import KioskUI
import Testing

@Suite struct TouchDecoderTests {
    @Test func singleTouchTapDropsTheGhostBeforeIt() throws {
        let recording = try Recordings.load("single-touch")
        #expect(!recording.multitouch)
        var decoder = try Recordings.decoder(for: recording)
        let touches = Recordings.replay(recording, through: &decoder)
        // The 5 ms contact at (3000, 500) is a ghost; the tap is reported once it lasted 20 ms.
        #expect(touches == [touch(.down, 322, 599), touch(.move, 324, 599), touch(.up, 324, 599)])
        #expect(!decoder.touching)
    }

    @Test func withoutDebounceTheGhostIsATouch() throws {
        let recording = try Recordings.load("single-touch")
        var decoder = try Recordings.decoder(for: recording, debounce: 0)
        let touches = Recordings.replay(recording, through: &decoder)
        #expect(touches.first == touch(.down, 937, 98))
        #expect(touches.filter { $0.phase == .down }.count == 2)
    }

    @Test func multitouchFollowsEachSlot() throws {
        let recording = try Recordings.load("multitouch")
        #expect(recording.multitouch)
        var decoder = try Recordings.decoder(for: recording)
        let touches = Recordings.replay(recording, through: &decoder)
        #expect(
            touches == [
                touch(.down, 320, 400), touch(.down, 960, 200, slot: 1), touch(.up, 960, 200, slot: 1),
                touch(.up, 320, 400),
            ])
    }

    @Test func aContactLostInSynDroppedIsCancelledNotTapped() throws {
        let recording = try Recordings.load("syn-dropped")
        var decoder = try Recordings.decoder(for: recording)
        let touches = Recordings.replay(recording, through: &decoder)
        #expect(
            touches == [
                touch(.down, 222, 100), touch(.move, 254, 100), touch(.cancel, 254, 100),
                touch(.down, 640, 400, slot: 1), touch(.up, 640, 400, slot: 1),
            ])
    }

    @Test func anUnpluggedDeviceCancelsItsTouch() throws {
        let recording = try Recordings.load("unplug")
        var decoder = try Recordings.decoder(for: recording)
        let touches = Recordings.replay(recording, through: &decoder)
        #expect(touches.map(\.phase) == [.down, .move, .move])
        #expect(decoder.touching)
        let last = try #require(touches.last)
        let removed = decoder.deviceRemoved()
        #expect(removed == [TouchEvent(.cancel, at: last.point)])
        #expect(!decoder.touching)
        let again = decoder.deviceRemoved()
        #expect(again.isEmpty)
    }

    @Test func nothingActsBeforeSynReport() throws {
        let recording = try Recordings.load("single-touch")
        var decoder = try Recordings.decoder(for: recording, debounce: 0)
        for event in recording.events.prefix(3) {
            let touches = decoder.feed(event)
            #expect(touches.isEmpty)
        }
        let frame = decoder.feed(recording.events[3])
        #expect(frame.map(\.phase) == [.down])
    }

    @Test(arguments: Rotation.allCases)
    func rotationTurnsTouchesWithThePicture(rotation: Rotation) throws {
        // A tap at panel (0.25, 0.75) of a 1280x800 panel lands where the rotated UI drew that pixel.
        let recording = try Recordings.load("single-touch")
        let ui = rotation.logicalSize(panelWidth: 1280, panelHeight: 800)
        var decoder = try Recordings.decoder(for: recording, width: ui.width, height: ui.height, rotation: rotation)
        let touches = Recordings.replay(recording, through: &decoder)
        let down = try #require(touches.first)
        let panel = rotation.panelPoint(x: Int(down.point.x), y: Int(down.point.y), width: ui.width, height: ui.height)
        #expect(abs(panel.x - 322) <= 1 && abs(panel.y - 599) <= 1, "\(rotation): \(down.point) -> \(panel)")
    }

    @Test func calibrationMovesTouchesOntoTheTargets() throws {
        // The panel reads 10% too far right: a matrix shifting x back by 0.1 corrects it.
        let recording = try Recordings.load("single-touch")
        var decoder = try Recordings.decoder(for: recording, calibration: CalibrationMatrix(1, 0, -0.1, 0, 1, 0))
        let touches = Recordings.replay(recording, through: &decoder)
        #expect(touches.first == touch(.down, 194, 599))
    }
}
