import QueueBoardProtocol

/// The ARM CMSDK APB UART of the MPS2 boards (UART0 at 0x40004000 on mps2-an386): one byte each
/// way, no FIFO. Polled; the receive interrupt only wakes the core from WFI.
struct UART {
    static let uart0: UInt = 0x4000_4000

    let data: Register
    let state: Register
    let control: Register
    let interrupt: Register
    let baudDivider: Register

    init(base: UInt) {
        data = Register(base)
        state = Register(base + 0x04)
        control = Register(base + 0x08)
        interrupt = Register(base + 0x0C)
        baudDivider = Register(base + 0x10)
    }

    /// Sets the baud rate from the peripheral clock and enables the transmitter, the receiver and
    /// the receive interrupt.
    func start(clockHz: UInt32, baud: UInt32) {
        baudDivider.store(clockHz / baud)
        control.store(0b1011)  // TX enable, RX enable, RX interrupt enable
        // QEMU's model stalls the first received byte for about a second unless DATA has been
        // read once after enabling the receiver.
        _ = data.load()
    }

    /// Whether a received byte is waiting.
    var hasByte: Bool { state.load() & 0b10 != 0 }

    /// Takes the received byte.
    func read() -> UInt8 { UInt8(truncatingIfNeeded: data.load()) }

    /// Sends one byte, waiting while the transmitter is busy.
    func write(_ byte: UInt8) {
        while state.load() & 0b01 != 0 {}
        data.store(UInt32(byte))
    }

    /// Sends a whole frame.
    func write(_ frame: WireFrame) {
        var index = 0
        while index < frame.count {
            write(frame[index])
            index += 1
        }
    }

    /// Acknowledges the receive interrupt.
    func clearInterrupts() { interrupt.store(0b11) }
}

/// The UART0 receive interrupt (IRQ 0): wakes the main loop from WFI; the byte is read there.
@_cdecl("kiosk_uart0_rx_irq")
func uart0ReceiveInterrupt() {
    UART(base: UART.uart0).clearInterrupts()
}
