import Foundation
import KioskQueue

/// Speaks a board's calls one after the other, each to its end, on a thread of its own.
///
/// Making a call's sound runs espeak-ng (a tenth of a second to a second), and a call lasts a few
/// seconds: neither may hold up the board or the citizen's screen beside it, and a call made while
/// another is spoken waits for it instead of cutting it off, so three counters pressing Next at
/// once are heard as three calls.
public final class CallSpeaker: Sendable {
    private let waiting = CallQueue()

    /// `play` plays a WAV file and returns when it has been heard.
    public init(
        voice: CallVoice, language: String, folder: URL, log: Log, play: @escaping @Sendable (URL) -> Void
    ) {
        let waiting = self.waiting
        let thread = Thread {
            while let call = waiting.next() {
                do throws(AppError) {
                    let sound = try voice.sound(for: call, language: language).sound
                    let file = folder.appendingPathComponent("call.wav")
                    do {
                        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                        try sound.wav.write(to: file, options: .atomic)
                    } catch {
                        throw AppError("cannot write \(file.path): \(error)")
                    }
                    play(file)
                } catch {
                    log.error("call \(call.number) at counter \(call.counter) not spoken: \(error)")
                }
            }
        }
        thread.name = "call speaker"
        thread.start()
    }

    deinit {
        waiting.end()
    }

    /// Queues `call` to be spoken after those before it; returns at once.
    public func speak(_ call: Call) {
        waiting.put(call)
    }
}

/// The calls waiting, taken one at a time by the speaker's thread, which sleeps while there is none.
private final class CallQueue: @unchecked Sendable {
    // @unchecked: every access holds the condition's lock.
    private let condition = NSCondition()
    private var calls: [Call] = []
    private var ended = false

    func put(_ call: Call) {
        condition.withLock {
            calls.append(call)
            condition.signal()
        }
    }

    func end() {
        condition.withLock {
            ended = true
            condition.signal()
        }
    }

    /// The next call, waiting for one; nil once ended (calls still waiting then are dropped).
    func next() -> Call? {
        condition.withLock {
            while calls.isEmpty && !ended { condition.wait() }
            return ended ? nil : calls.removeFirst()
        }
    }
}
