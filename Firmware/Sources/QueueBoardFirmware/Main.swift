import QueueBoardCore
import QueueBoardProtocol

/// The board's main loop: say HELLO, then feed every received byte to `LEDBoard`, send its replies,
/// refresh the digits, and sleep until the next byte or timer tick.
@main
struct Firmware {
    static let clockHz: UInt32 = 25_000_000
    static let baud: UInt32 = 115_200

    static func main() {
        let uart = UART(base: UART.uart0)
        uart.start(clockHz: clockHz, baud: baud)
        var clock = SysTick(clockHz: clockHz)
        enableInterrupt(0)  // UART0 receive
        var board = LEDBoard(now: clock.poll())
        var display = DisplayDriver()
        uart.write(board.hello)
        while true {
            let now = clock.poll()
            if uart.hasByte {
                if let reply = board.receive(uart.read(), now: now) {
                    uart.write(reply)
                }
                continue
            }
            display.refresh(board, now: now)
            waitForInterrupt()
        }
    }

    /// Enables external interrupt `irq` in the NVIC.
    static func enableInterrupt(_ irq: UInt32) {
        Register(0xE000_E100).store(1 << irq)
    }
}
