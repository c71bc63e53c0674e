import Foundation
import KioskUI

/// A display that can turn its panel off and on (DRM: DPMS).
@MainActor
public protocol Blankable: AnyObject {
    func blank()
    func wake()
}

/// Carries out ``IdleBlanking`` on a display: checks the idle time every second and filters the
/// touches the terminal gets (the waking touch is swallowed).
@MainActor
public final class ScreenBlanker {
    let display: Blankable
    var policy: IdleBlanking
    let clock: @Sendable () -> Double
    let log: @Sendable (String) -> Void
    var timer: Task<Void, Never>?

    /// Blanks `display` after `timeout` idle seconds (0: never); logs when it blanks and wakes.
    public init(
        display: Blankable, timeout: Double,
        clock: @escaping @Sendable () -> Double = { Date().timeIntervalSinceReferenceDate },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.display = display
        self.clock = clock
        self.log = log
        policy = IdleBlanking(timeout: timeout, now: clock())
    }

    /// The touches of `source` the terminal should act on; starts the idle timer.
    public func filter(_ source: AsyncStream<TouchEvent>) -> AsyncStream<TouchEvent> {
        let (stream, continuation) = AsyncStream<TouchEvent>.makeStream()
        Task { @MainActor in
            for await touch in source {
                switch policy.touch(touch, at: clock()) {
                case .pass: continuation.yield(touch)
                case .wake:
                    display.wake()
                    log("panel woken by a touch")
                case .swallow: break
                }
            }
            continuation.finish()
        }
        timer = Task { @MainActor [weak self] in
            // The first turn of the main actor comes after the first frame: idleness counts from there.
            if let self { policy.activity(at: clock()) }
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                guard let self else { return }
                if policy.tick(at: clock()) {
                    display.blank()
                    log("panel blanked after \(Int(policy.timeout)) s without a touch")
                }
            }
        }
        return stream
    }
}
