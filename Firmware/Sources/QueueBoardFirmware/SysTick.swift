/// The Cortex-M SysTick timer as the board's clock: it interrupts every `periodMilliseconds`
/// (which wakes WFI), and `poll()` turns elapsed periods into milliseconds since boot.
struct SysTick {
    static let periodMilliseconds: UInt32 = 10

    let control = Register(0xE000_E010)
    let reload = Register(0xE000_E014)
    let current = Register(0xE000_E018)
    private(set) var milliseconds: UInt32 = 0

    /// Starts the timer from the processor clock.
    init(clockHz: UInt32) {
        reload.store(clockHz / 1000 * SysTick.periodMilliseconds - 1)
        current.store(0)
        control.store(0b111)  // processor clock, interrupt, enable
    }

    /// Adds a period each time the counter wrapped since the last call. Called after every
    /// wake-up; the main loop never stays away for a whole period, so no wrap is missed.
    mutating func poll() -> UInt32 {
        if control.load() & (1 << 16) != 0 {  // COUNTFLAG, cleared by the read
            milliseconds &+= SysTick.periodMilliseconds
        }
        return milliseconds
    }
}
