import Foundation
import QueueBoardCore
import QueueBoardProtocol
import Synchronization

/// The board's own logic (`QueueBoardCore.LEDBoard`, the code the firmware runs) on the far end of a
/// pseudo-terminal, on a thread of its own. Only the UART and the clock are stand-ins (the
/// QEMU tests run the real firmware); faults are injected on purpose: damaged or lost replies,
/// garbage, a restart, a pulled plug.
final class SimulatedBoard: Sendable {
    struct Faults {
        var damageReplies = 0
        var dropReplies = 0
        var garbageBeforeReplies = 0
        var silent = false
        var restart = false
        /// Restarts at every frame it is sent, like a board with a brown-out on each reply.
        var restartAlways = false
    }

    let line: PseudoTerminal
    let faults = Mutex(Faults())
    let state: Mutex<LEDBoard>
    let commandsSeen = Mutex(0)
    let stopped = Mutex(false)
    let start = ContinuousClock.now

    init(line: PseudoTerminal) {
        self.line = line
        state = Mutex(LEDBoard(now: 0))
        let thread = Thread { [self] in self.run() }
        thread.start()
    }

    var now: UInt32 {
        let elapsed = ContinuousClock.now - start
        return UInt32(
            truncatingIfNeeded: elapsed.components.seconds * 1_000 + elapsed.components.attoseconds
                / 1_000_000_000_000_000)
    }

    func stop() { stopped.withLock { $0 = true } }

    /// What STATUS would report right now.
    func status() -> BoardStatus { state.withLock { $0.status(now: now) } }

    func run() {
        line.write(state.withLock { $0.hello.array })
        while !stopped.withLock({ $0 }) {
            guard let bytes = line.read(milliseconds: 20) else { return }
            if faults.withLock({ $0.restart || $0.restartAlways }) {
                faults.withLock { $0.restart = false }
                let hello = state.withLock { board in
                    board = LEDBoard(now: now)
                    return board.hello.array
                }
                line.write(hello)
            }
            for byte in bytes {
                guard let reply = state.withLock({ $0.receive(byte, now: now) }) else { continue }
                commandsSeen.withLock { $0 += 1 }
                send(reply.array)
            }
        }
    }

    func send(_ reply: [UInt8]) {
        var reply = reply
        let action = faults.withLock { faults -> Int in
            if faults.silent { return 0 }
            if faults.dropReplies > 0 {
                faults.dropReplies -= 1
                return 0
            }
            if faults.garbageBeforeReplies > 0 {
                faults.garbageBeforeReplies -= 1
                return 2
            }
            if faults.damageReplies > 0 {
                faults.damageReplies -= 1
                return 3
            }
            return 1
        }
        switch action {
        case 0: return
        case 2: line.write([0x13, 0x37, 0xFF, 0x42])  // no delimiter: the reply's own ends it
        case 3: reply[reply.count / 2] ^= 0x10
        default: break
        }
        line.write(reply)
    }
}

extension Bytes {
    var array: [UInt8] { (0..<count).map { self[$0] } }
}
