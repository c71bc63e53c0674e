import Foundation
import KioskApp
import KioskDevices

extension CallSpeaker {
    /// Calls spoken on an ALSA device: each call's sound, made from `voices` or by espeak-ng, is
    /// played as a file to its end before the next.
    static func onSoundDevice(
        _ device: ALSAPromptPlayer.Configuration, voices: URL, language: String, log: Log
    ) -> CallSpeaker {
        let player = ALSAPromptPlayer(
            configuration: device,
            resolve: { id, _ in id.hasPrefix("file:") ? URL(fileURLWithPath: String(id.dropFirst(5))) : nil },
            log: { log.error($0) })
        return CallSpeaker(
            voice: CallVoice(voices: voices), language: language,
            folder: FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-calls"), log: log
        ) { file in
            player.play(["file:" + file.path], language: language)
            _ = player.waitUntilIdle(timeout: 60)
        }
    }
}
