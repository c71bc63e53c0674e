import QueueBoardCore
import QueueBoardProtocol

/// Drives the digits. On the board, the segment bytes go out to the LED drivers digit by digit
/// and brightness is their PWM duty; mps2-an386 has no 7-segment digits, so here the frame lands
/// in a RAM buffer (inspectable from a debugger) and the board's user LEDs show the blink phase
/// of counter 0. What the digits show is reported by STATUS, computed by the same `LEDBoard`.
struct DisplayDriver {
    static let userLEDs = Register(0x4002_8000)  // FPGA I/O LED register on the MPS2 boards
    var lastFrame: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)

    mutating func refresh(_ board: LEDBoard, now: UInt32) {
        let frame = (
            board.drivenSegments(counter: 0, now: now), board.drivenSegments(counter: 1, now: now),
            board.drivenSegments(counter: 2, now: now), board.drivenSegments(counter: 3, now: now)
        )
        if frame != lastFrame {
            lastFrame = frame
            DisplayDriver.userLEDs.store(frame.0 != 0 ? 1 : 0)
        }
    }
}
