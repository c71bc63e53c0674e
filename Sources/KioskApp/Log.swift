import Foundation

/// One-line log records on standard error. Callers log codes and states, never answers.
public struct Log: Sendable {
    public var label: String

    public init(label: String = "kiosk") {
        self.label = label
    }

    public func info(_ message: @autoclosure () -> String) { write("info", message()) }
    public func error(_ message: @autoclosure () -> String) { write("error", message()) }

    func write(_ level: String, _ message: String) {
        let line = "\(ISO8601DateFormatter().string(from: Date())) \(label) \(level): \(message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
