import CALSA
import Foundation
import KioskUI

/// Speaks prompts through ALSA on a thread of its own: `play` returns at once, a new request stops
/// the prompt playing (the screen changed), the volume is applied in software, an underrun is
/// recovered and a missing or vanished card is logged and tried again at the next request.
///
/// Prompt ids become files through `resolve`; ids with no file (and the "say:" ids, which carry a
/// citizen's answers and need the speech synthesiser) are skipped. Only file names are logged.
public final class ALSAPromptPlayer: PromptPlayer, @unchecked Sendable {
    // @unchecked: `queue`, `busy` and `lastError` are guarded by `condition`; `pcm` belongs to the
    // sound thread alone.

    public struct Configuration: Sendable, Equatable {
        /// The ALSA PCM: "default", "plughw:0,0", or a defined name with arguments.
        public var device: String
        /// 0...1.
        public var volume: Double

        public init(device: String = "default", volume: Double = 1) {
            self.device = device
            self.volume = volume
        }
    }

    public let configuration: Configuration
    let resolve: @Sendable (_ id: String, _ language: String) -> URL?
    let log: @Sendable (String) -> Void
    let condition = NSCondition()
    var queue = PromptQueue<URL>()
    var busy = false
    var failure: DeviceError?
    var pcm: OpaquePointer?
    var pcmFormat: (rate: Int, channels: Int)?

    public init(
        configuration: Configuration, resolve: @escaping @Sendable (_ id: String, _ language: String) -> URL?,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.resolve = resolve
        self.log = log
        let thread = Thread { [self] in run() }
        thread.name = "sound"
        thread.start()
    }

    public func play(_ prompts: [String], language: String) {
        let files = prompts.filter { !$0.hasPrefix("say:") }.compactMap { resolve($0, language) }
        condition.withLock {
            queue.replace(with: files)
            condition.broadcast()
        }
    }

    /// Stops the prompt playing and forgets the queued ones.
    public func stop() {
        play([], language: "")
    }

    /// The last failure (cannot open the card, a file that is not a WAV), for status screens and tests.
    public var lastError: DeviceError? {
        condition.withLock { failure }
    }

    /// Waits until everything asked for has been played (or dropped); false after `timeout` seconds.
    public func waitUntilIdle(timeout: Double = 10) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        return condition.withLock {
            while busy || !queue.isEmpty {
                if !condition.wait(until: deadline) { return false }
            }
            return true
        }
    }

    func run() {
        while true {
            let (url, generation) = condition.withLock { () -> (URL, Int) in
                while true {
                    if let next = queue.next() {
                        busy = true
                        return (next.item, next.generation)
                    }
                    condition.wait()
                }
            }
            do throws(DeviceError) {
                try playFile(url, generation: generation)
            } catch {
                log("sound: \(error)")
                condition.withLock { failure = error }
                closePCM()
            }
            // Closed before anyone hears "idle": closing is what flushes some PCMs (the file plugin).
            if condition.withLock({ queue.isEmpty }) { closePCM() }
            condition.withLock {
                if queue.isEmpty {
                    busy = false
                    condition.broadcast()
                }
            }
        }
    }

    func playFile(_ url: URL, generation: Int) throws(DeviceError) {
        let wav: WAVFile
        do {
            wav = try WAVFile(data: Data(contentsOf: url))
        } catch {
            throw DeviceError(operation: "read prompt", context: url.lastPathComponent, reason: "\(error)")
        }
        let handle = try openPCM(rate: wav.sampleRate, channels: wav.channels)
        let bytes = wav.samples(atVolume: configuration.volume)
        let frameBytes = 2 * wav.channels
        let chunk = max(wav.sampleRate / 50, 1)  // 20 ms between checks for a newer request
        var frame = 0
        let total = bytes.count / frameBytes
        while frame < total {
            if !condition.withLock({ queue.isCurrent(generation) }) {
                snd_pcm_drop(handle)
                snd_pcm_prepare(handle)
                return
            }
            let count = min(chunk, total - frame)
            let written = bytes.withUnsafeBytes { raw in
                snd_pcm_writei(handle, raw.baseAddress! + frame * frameBytes, snd_pcm_uframes_t(count))
            }
            if written >= 0 {
                frame += Int(written)
                continue
            }
            // An underrun (EPIPE) or a suspend (ESTRPIPE) is recovered in place; anything else
            // (ENODEV: the card went away) closes the card, to be opened again next time.
            if snd_pcm_recover(handle, Int32(written), 1) < 0 {
                throw DeviceError(
                    operation: "play", context: configuration.device, errno: Int32(-written),
                    reason: String(cString: snd_strerror(Int32(written))))
            }
        }
        if condition.withLock({ queue.isEmpty }) { snd_pcm_drain(handle) }
    }

    /// The open PCM, reopened when the format changes. The corresponding C functions are
    /// `snd_pcm_open` and `snd_pcm_set_params`.
    func openPCM(rate: Int, channels: Int) throws(DeviceError) -> OpaquePointer {
        if let pcm, let format = pcmFormat, format == (rate, channels) { return pcm }
        closePCM()
        var handle: OpaquePointer?
        let opened = snd_pcm_open(&handle, configuration.device, SND_PCM_STREAM_PLAYBACK, 0)
        guard opened == 0, let handle else {
            throw DeviceError(
                operation: "open sound device", context: configuration.device, errno: -opened,
                reason: String(cString: snd_strerror(opened)))
        }
        let set = snd_pcm_set_params(
            handle, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, UInt32(channels), UInt32(rate), 1, 100_000)
        guard set == 0 else {
            snd_pcm_close(handle)
            throw DeviceError(
                operation: "set sound format", context: "\(configuration.device) \(rate) Hz x\(channels)",
                errno: -set, reason: String(cString: snd_strerror(set)))
        }
        pcm = handle
        pcmFormat = (rate, channels)
        return handle
    }

    func closePCM() {
        if let pcm { snd_pcm_close(pcm) }
        pcm = nil
        pcmFormat = nil
    }
}
