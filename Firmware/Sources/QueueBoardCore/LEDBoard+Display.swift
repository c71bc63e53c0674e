import QueueBoardProtocol

extension LEDBoard {
    /// Whether the host has been silent long enough for the dashes.
    public func isHeartbeatShown(now: UInt32) -> Bool {
        now &- lastHostFrame >= Wire.heartbeatTimeoutMilliseconds
    }

    /// Whether the boot self-test pattern is on the digits.
    public func isSelfTestShown(now: UInt32) -> Bool {
        selfTestRunning && now &- bootTime < LEDBoard.selfTestMilliseconds
    }

    /// Whether `counter` is flashing at `now`.
    func isBlinking(_ counter: Int, now: UInt32) -> Bool {
        let counter = state(counter)
        // Signed difference: still before the end of the blink.
        return counter.blinking && Int32(bitPattern: counter.blinkUntil &- now) > 0
    }

    /// The segments of counter `index`'s four digits when lit, digit 0 in the high byte.
    /// The self-test lights everything for 0.8 s, then walks segment a to g across every digit;
    /// after 60 s of host silence every digit shows a dash.
    public func litSegments(counter index: Int, now: UInt32) -> UInt32 {
        if isSelfTestShown(now: now) {
            let elapsed = now &- bootTime
            let mask: UInt8
            if elapsed < 800 {
                mask = SevenSegment.all
            } else {
                let step = (elapsed - 800) / ((LEDBoard.selfTestMilliseconds - 800) / 7)
                mask = 1 << UInt8(min(step, 6))
            }
            let word = UInt32(mask)
            return word << 24 | word << 16 | word << 8 | word
        }
        if isHeartbeatShown(now: now) { return DigitText.dashes.segments }
        return state(index).text.segments
    }

    /// The segments to drive right now: the lit segments, dark during the off half of a blink.
    public func drivenSegments(counter index: Int, now: UInt32) -> UInt32 {
        if isBlinking(index, now: now) && !isSelfTestShown(now: now) {
            let phase = (state(index).blinkUntil &- now) / LEDBoard.blinkPhaseMilliseconds
            if phase % 2 == 1 { return 0 }
        }
        return litSegments(counter: index, now: now)
    }

    /// The state STATUS reports.
    public func status(now: UInt32) -> BoardStatus {
        func counter(_ index: Int) -> BoardStatus.Counter {
            BoardStatus.Counter(
                text: state(index).text, segments: litSegments(counter: index, now: now),
                blinking: isBlinking(index, now: now))
        }
        return BoardStatus(
            brightness: brightness, heartbeat: isHeartbeatShown(now: now), selfTest: isSelfTestShown(now: now),
            uptimeSeconds: (now &- bootTime) / 1000, counters: (counter(0), counter(1), counter(2), counter(3)))
    }
}
