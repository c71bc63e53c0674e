/// Splits a server-sent event stream (text/event-stream) into events, as bytes arrive in any
/// pieces. Only what the center sends is kept: the event name and its data lines; comments and
/// ids are skipped. Bounded: an event larger than `limit` bytes is dropped, not buffered forever.
public struct ServerSentEvents: Sendable {
    public struct Event: Sendable, Equatable {
        public var name: String
        public var data: String

        public init(name: String, data: String) {
            self.name = name
            self.data = data
        }
    }

    var line: [UInt8] = []
    var name = ""
    var data: [String] = []
    var size = 0
    let limit: Int

    public init(limit: Int = 1 << 20) {
        self.limit = limit
    }

    /// Feeds bytes; returns the events they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        var events: [Event] = []
        for byte in bytes {
            guard byte == 10 else {
                if byte != 13 { line.append(byte) }
                size += 1
                continue
            }
            let text = String(decoding: line, as: UTF8.self)
            line.removeAll(keepingCapacity: true)
            if text.isEmpty {
                if !data.isEmpty, size <= limit {
                    events.append(Event(name: name.isEmpty ? "message" : name, data: data.joined(separator: "\n")))
                }
                name = ""
                data = []
                size = 0
            } else if text.hasPrefix("data:") {
                data.append(Self.value(text.dropFirst(5)))
            } else if text.hasPrefix("event:") {
                name = Self.value(text.dropFirst(6))
            }
        }
        return events
    }

    static func value(_ rest: Substring) -> String {
        String(rest.first == " " ? rest.dropFirst() : rest)
    }
}
