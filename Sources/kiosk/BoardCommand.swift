import ArgumentParser
import Foundation
import KioskDevices
import KioskGraphics
import QueueBoardProtocol

/// `kiosk board ...`: the LED queue-number board, for technicians.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: "Check the LED queue-number board on its serial line.",
        subcommands: [BoardTest.self])
}

/// `kiosk board test --port PATH`: every segment lit, then each counter in turn, then STATUS.
struct BoardTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Light every segment, then each counter in turn, and report the board's state.")

    @Option(help: "The board's serial device, e.g. /dev/ttyUSB0 or /dev/serial/by-id/...")
    var port: String

    @Option(help: "Line speed in bits per second (any rate the adapter can make).")
    var baud = 115_200

    @Option(help: "Seconds each step stays on the board.")
    var step = 1.5

    @Option(help: "Also write a picture of the board's final state to this PNG file.")
    var png: String?

    func run() throws {
        var options = QueueBoardClient.Options()
        options.baud = baud
        let board = QueueBoardClient(path: port, options: options)
        try board.connect()
        try board.send(.ping)
        print("board answers on \(port) at \(baud) baud")
        try board.send(.brightness(Wire.maxBrightness))
        for counter in 0..<Wire.counters { try board.show(counter: counter, text: "8888") }
        print("all segments lit on every counter")
        Thread.sleep(forTimeInterval: step)
        try board.send(.clear(counter: Command.allCounters))
        for counter in 0..<Wire.counters {
            let label = String(repeating: String(counter + 1), count: Wire.digitsPerCounter)
            try board.show(counter: counter, text: label, blink: true)
            print("counter \(counter + 1): \(label)")
            Thread.sleep(forTimeInterval: step)
            try board.send(.clear(counter: UInt8(counter)))
        }
        for counter in 0..<Wire.counters { try board.show(counter: counter, text: "C\(counter + 1)") }
        let status = try board.status()
        if let hello = board.hello {
            print("firmware \(hello.firmwareMajor).\(hello.firmwareMinor), protocol \(hello.protocolVersion)")
        } else {
            print("firmware version unknown: the board says HELLO only when it starts")
        }
        print("brightness \(status.brightness), up \(status.uptimeSeconds) s, resends \(board.counters.resends)")
        if let png {
            try QueueBoardPicture.render(status).writePNG(to: URL(fileURLWithPath: png))
            print("picture written to \(png)")
        }
    }
}
