import Foundation
import KioskDevices
import Testing

@Suite struct SerialPortTests {
    @Test(arguments: [9_600, 115_200, 250_000, 1_000_000])
    func anyBaudRateIsSet(baud: Int) throws {
        let line = try PseudoTerminal()
        let port = try SerialPort(path: line.slavePath, baud: baud)
        #expect(try port.baud() == baud)
    }

    @Test func bytesGoBothWaysUnchanged() throws {
        let line = try PseudoTerminal()
        let port = try SerialPort(path: line.slavePath, baud: 115_200)
        // Every byte value, including the ones a cooked tty would eat (0x03, 0x11, 0x13, 0x0D, 0x7F).
        let all = (0...255).map { UInt8($0) }
        try port.write(all)
        var received: [UInt8] = []
        while received.count < all.count, let bytes = line.read(milliseconds: 500), !bytes.isEmpty { received += bytes }
        #expect(received == all)
        line.write(all)
        var back: [UInt8] = []
        while back.count < all.count {
            let bytes = try port.read(timeout: .milliseconds(500))
            if bytes.isEmpty { break }
            back += bytes
        }
        #expect(back == all)
    }

    @Test func readTimesOutWithNothing() throws {
        let line = try PseudoTerminal()
        let port = try SerialPort(path: line.slavePath, baud: 115_200)
        #expect(try port.read(timeout: .milliseconds(50)).isEmpty)
    }

    @Test func hangUpReadsAsDisconnect() throws {
        let line = try PseudoTerminal()
        let port = try SerialPort(path: line.slavePath, baud: 115_200)
        line.hangUp()
        do {
            _ = try port.read(timeout: .milliseconds(500))
            Issue.record("read after hang-up returned")
        } catch {
            #expect(error.isDisconnect, "\(error)")
        }
    }

    @Test func missingDeviceIsAClearError() {
        do {
            _ = try SerialPort(path: "/nonexistent/ttyUSB9", baud: 115_200)
            Issue.record("opened a missing device")
        } catch {
            #expect(error.description.hasPrefix("open /nonexistent/ttyUSB9: No such file"))
            #expect(error.isDisconnect)
        }
    }

    @Test func refusesAbsurdBaudRate() throws {
        let line = try PseudoTerminal()
        #expect(throws: DeviceError.self) { try SerialPort(path: line.slavePath, baud: 0) }
    }
}
