import Foundation
import KioskUI

/// The touch targets of the screen on display as a small JSON file, rewritten after every frame:
/// `{"seq": N, "name": "...", "targets": {"id": [x, y, width, height]}}`. A script driving the real
/// program (xdotool under Xvfb) waits for `seq` to grow after each click, then reads where to click
/// next. Ids and frames only: never what the citizen typed.
public enum ScreenTargets {
    struct File: Encodable {
        var seq: Int
        var name: String
        var targets: [String: [Double]]
    }

    /// A `Terminal.onShow` that writes each screen's targets atomically to `url`.
    @MainActor
    public static func writer(to url: URL) -> (Screen) -> Void {
        var seq = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return { screen in
            seq += 1
            var targets: [String: [Double]] = [:]
            for element in screen.elements where element.action != nil {
                guard let id = element.id else { continue }
                targets[id] = [element.frame.x, element.frame.y, element.frame.width, element.frame.height]
            }
            guard let data = try? encoder.encode(File(seq: seq, name: screen.name, targets: targets)) else { return }
            try? data.write(to: url, options: .atomic)
        }
    }
}
