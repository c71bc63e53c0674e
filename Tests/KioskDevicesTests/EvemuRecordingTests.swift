import KioskDevices
import Testing

@Suite struct EvemuRecordingTests {
    @Test func readsTheDeviceAndItsEvents() throws {
        let recording = try Recordings.load("multitouch")
        #expect(recording.name == "VillageKiosk multitouch panel")
        #expect(recording.properties & (1 << UInt64(EvdevCode.propertyDirect)) != 0)
        #expect(recording.axes == TouchAxes(minX: 0, maxX: 32767, minY: 0, maxY: 32767))
        #expect(recording.events.first == InputEvent(time: 1, type: 3, code: 0x2f, value: 0))
        #expect(recording.events.filter { $0.type == 0 && $0.code == 0 }.count == 5)
    }

    @Test(arguments: [
        ("E: 1.0 0003 0035", 2), ("E: x 0003 0035 1", 2), ("E: 1.0 zz 0035 1", 2), ("A: 35 10 0 0 0 0", 2),
        ("P: 0g", 2), ("E: 1.0 0003 0035 99999999999", 2),
    ])
    func malformedLinesAreErrorsWithTheirNumber(line: String, number: Int) {
        #expect(throws: EvemuRecording.ParseError.self) {
            try EvemuRecording(parsing: "N: broken\n\(line)\n")
        }
        do {
            _ = try EvemuRecording(parsing: "N: broken\n\(line)\n")
        } catch {
            #expect(error.line == number)
        }
    }

    @Test func commentsAndUnknownLinesAreSkipped() throws {
        let recording = try EvemuRecording(parsing: "# EVEMU 1.3\nL: 00 00\nS: 01\nE: 0.5 0000 0000 0 # SYN\n")
        #expect(recording.events == [InputEvent(time: 0.5, type: 0, code: 0, value: 0)])
        #expect(recording.axes == nil)
    }
}
