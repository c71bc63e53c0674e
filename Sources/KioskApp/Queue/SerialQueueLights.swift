import Foundation
import KioskDevices
import KioskQueue
import QueueBoardProtocol

/// The LED board on a serial line. The driver waits for each acknowledgement, so the board is
/// driven from its own queue, never from the screen's; a board that does not answer is logged
/// (numbers only, no personal data) and gets the whole state again with the next change, which
/// the driver's own reconnection makes whole after an unplug.
public final class SerialQueueLights: QueueLights, @unchecked Sendable {
    // @unchecked: `client` and `shown` are only touched on `queue`, one call at a time.
    let client: QueueBoardClient
    let queue = DispatchQueue(label: "queue-board")
    let log: Log
    var shown: [String]?

    public init(port: String, log: Log) {
        client = QueueBoardClient(path: port)
        self.log = log
    }

    public func show(_ board: Board, newCall: Call?) {
        queue.async { [self] in
            let texts = board.lightTexts(count: Int(Wire.counters))
            do throws(QueueBoardError) {
                for (index, text) in texts.enumerated() {
                    let fresh =
                        newCall.map { call in
                            board.counters.indices.contains(index) && board.counters[index].counter == call.counter
                        } ?? false
                    guard fresh || shown?[index] != text else { continue }
                    if text.isEmpty {
                        _ = try client.send(.clear(counter: UInt8(index)))
                    } else {
                        try client.show(counter: index, text: text, blink: fresh)
                    }
                }
                shown = texts
            } catch {
                shown = nil
                log.error("queue board: \(error)")
            }
        }
    }

    /// Sends a keep-alive when the board has heard nothing for a while (it shows dashes after a
    /// minute of silence, so that nobody waits on a frozen number).
    public func keepAlive() {
        queue.async { [self] in
            do throws(QueueBoardError) { try client.keepAlive() } catch { log.error("queue board: \(error)") }
        }
    }
}
