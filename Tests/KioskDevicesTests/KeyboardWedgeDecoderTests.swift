import KioskDevices
import Testing

@Suite struct KeyboardWedgeDecoderTests {
    /// The events of a scanner typing `keys` (code, shifted) then Enter, 4 ms apart from `start`.
    func typing(_ keys: [(UInt16, Bool)], from start: Double = 0) -> [InputEvent] {
        var events: [InputEvent] = []
        var time = start
        for (code, shifted) in keys + [(28, false)] {
            if shifted { events.append(InputEvent(time: time, type: 1, code: 42, value: 1)) }
            events.append(InputEvent(time: time, type: 1, code: code, value: 1))
            events.append(InputEvent(time: time, type: 0, code: 0, value: 0))
            events.append(InputEvent(time: time + 0.001, type: 1, code: code, value: 0))
            if shifted { events.append(InputEvent(time: time + 0.001, type: 1, code: 42, value: 0)) }
            time += 0.004
        }
        return events
    }

    @Test func aScanIsOneText() {
        // "VN-012" then Enter: shift+v, shift+n, minus, 0, 1, 2.
        var decoder = KeyboardWedgeDecoder()
        let events = typing([(47, true), (49, true), (12, false), (11, false), (2, false), (3, false)])
        let texts = events.compactMap { decoder.feed($0) }
        #expect(texts == ["VN-012"])
    }

    @Test func aPauseStartsANewText() {
        var decoder = KeyboardWedgeDecoder(gap: 0.5)
        // A half scan ("ab", no Enter), a long pause, then a whole scan "c".
        var events = typing([(30, false), (48, false)]).dropLast(3).map { $0 }
        events += typing([(46, false)], from: 5)
        #expect(events.compactMap { decoder.feed($0) } == ["c"])
    }

    @Test func enterAloneGivesNothing() {
        var decoder = KeyboardWedgeDecoder()
        #expect(typing([]).compactMap { decoder.feed($0) }.isEmpty)
    }
}
