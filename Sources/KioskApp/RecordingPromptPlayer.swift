import Foundation
import KioskUI

/// A prompt player that keeps what it was asked to say: the stand-in until the ALSA player of the
/// devices issue, and the recorder of what each screen spoke in tests and screenshots.
public final class RecordingPromptPlayer: PromptPlayer, @unchecked Sendable {
    // @unchecked: the only state is guarded by `lock`.
    let lock = NSLock()
    var played: [[String]] = []

    public init() {}

    public func play(_ prompts: [String], language: String) {
        lock.withLock { played.append(prompts) }
    }

    /// Every request so far, oldest first.
    public var requests: [[String]] {
        lock.withLock { played }
    }
}
