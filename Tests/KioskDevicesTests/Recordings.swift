import Foundation
import KioskDevices
import KioskUI
import Testing

/// The recorded touch streams beside the tests (written by hand in evemu-record's format).
enum Recordings {
    static func load(_ name: String) throws -> EvemuRecording {
        guard let url = Bundle.module.url(forResource: name, withExtension: "evemu", subdirectory: "Recordings") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try EvemuRecording(parsing: String(contentsOf: url, encoding: .utf8))
    }

    /// A decoder for a recording's device on a UI of `width` x `height`.
    static func decoder(
        for recording: EvemuRecording, width: Int = 1280, height: Int = 800, calibration: CalibrationMatrix = .identity,
        rotation: Rotation = .none, debounce: Double = 0.02
    ) throws -> TouchDecoder {
        let axes = try #require(recording.axes)
        return TouchDecoder(
            configuration: .init(
                axes: axes, multitouch: recording.multitouch, width: width, height: height, calibration: calibration,
                rotation: rotation, debounce: debounce))
    }

    /// Feeds every event of a recording; returns the touches in order.
    static func replay(_ recording: EvemuRecording, through decoder: inout TouchDecoder) -> [TouchEvent] {
        recording.events.flatMap { decoder.feed($0) }
    }
}

func touch(_ phase: TouchEvent.Phase, _ x: Double, _ y: Double, slot: Int = 0) -> TouchEvent {
    TouchEvent(phase, at: Point(x: x, y: y), slot: slot)
}
