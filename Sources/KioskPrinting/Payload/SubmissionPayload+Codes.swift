extension SubmissionPayload {
    /// The texts of the QR codes to print for a payload, and how much of it they carry.
    public struct Codes: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// One code with the whole payload.
            case whole
            /// The whole payload in 2 to `maximumCodes` parts, "VK2:1/3:..." to "VK2:3/3:...".
            case split
            /// One code with the draft code and the key fields only: staff fetch the rest by code.
            case keyFields
        }

        public var kind: Kind
        public var texts: [String]
    }

    /// The bytes one code may hold: version 25 (117 x 117 modules, about 0.4 mm a module in a 50 mm
    /// square, which any 2D scanner reads) at error correction M, byte mode. Measured with
    /// libqrencode; the tests check it.
    public static let bytesPerCode = 997
    /// More codes than this make the form a puzzle for the person scanning it.
    public static let maximumCodes = 4

    /// The codes to print: one if the payload fits, else up to `maximumCodes` parts, else one code
    /// with the draft code and as many of `keyFields` (question indices, most important first) as fit.
    public func codes(
        keyFields: [Int] = [], bytesPerCode: Int = SubmissionPayload.bytesPerCode,
        maximumCodes: Int = SubmissionPayload.maximumCodes
    ) -> Codes {
        let whole = text
        if whole.utf8.count <= bytesPerCode { return Codes(kind: .whole, texts: [whole]) }
        if let parts = Self.split(whole, bytesPerCode: bytesPerCode), parts.count <= maximumCodes {
            return Codes(kind: .split, texts: parts)
        }
        var kept = keyFields.filter { values.indices.contains($0) }
        while true {
            let reduced = keeping(Set(kept)).text
            if reduced.utf8.count <= bytesPerCode || kept.isEmpty { return Codes(kind: .keyFields, texts: [reduced]) }
            kept.removeLast()
        }
    }

    /// Reads back what a scanner read: one whole payload, or every part of a split one in any order.
    public init(parts texts: [String]) throws(PayloadError) {
        guard let first = texts.first else { throw .notAPayload }
        if texts.count == 1, SubmissionPart(first) == nil {
            try self.init(text: first)
            return
        }
        var chunks: [Int: Substring] = [:]
        var total: Int?
        var prefix: String?
        for text in texts {
            guard Self.readablePrefixes.contains(where: { text.hasPrefix($0) }) else { throw .notAPayload }
            guard let part = SubmissionPart(text) else { throw .malformed("a whole payload among parts") }
            guard total == nil || total == part.count, prefix == nil || prefix == part.prefix else {
                throw .malformed("parts of different splits")
            }
            prefix = part.prefix
            total = part.count
            if let seen = chunks[part.index], seen != part.chunk {
                throw .malformed("two different parts \(part.index)")
            }
            chunks[part.index] = part.chunk
        }
        let count = total ?? 0
        let missing = (1...count).filter { chunks[$0] == nil }
        guard missing.isEmpty else { throw .missingParts(missing) }
        try self.init(text: (prefix ?? Self.prefix) + (1...count).compactMap { chunks[$0] }.joined())
    }

    /// "VK2:1/n:" + chunk, each at most `bytesPerCode` UTF-8 bytes, cut between Unicode scalars so
    /// that each code holds valid UTF-8; nil when a budget leaves no room for a character.
    static func split(_ whole: String, bytesPerCode: Int) -> [String]? {
        let body = whole.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        // Parts are numbered with one digit, so every header has the same length.
        let header = "\(prefix)1/1:".utf8.count
        let budget = bytesPerCode - header
        guard budget >= 4 else { return nil }
        var chunks: [String] = []
        var current = String.UnicodeScalarView()
        var used = 0
        for scalar in body {
            let size = String(scalar).utf8.count
            if used + size > budget {
                chunks.append(String(current))
                current = String.UnicodeScalarView()
                used = 0
            }
            current.append(scalar)
            used += size
        }
        if !current.isEmpty { chunks.append(String(current)) }
        guard chunks.count <= 9 else { return nil }
        return chunks.enumerated().map { "\(prefix)\($0.offset + 1)/\(chunks.count):\($0.element)" }
    }
}

/// One part of a split payload: "VK2:<index>/<count>:<chunk>", index and count single digits
/// (or "VK1:..." from an older terminal).
struct SubmissionPart {
    var prefix: String
    var index: Int
    var count: Int
    var chunk: Substring

    init?(_ text: String) {
        guard let prefix = SubmissionPayload.readablePrefixes.first(where: { text.hasPrefix($0) }) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(prefix.unicodeScalars.count + 4))
        let p = prefix.unicodeScalars.count
        guard scalars.count == p + 4, scalars[p + 1] == "/",
            scalars[p + 3] == ":", let index = Int(String(scalars[p])), let count = Int(String(scalars[p + 2])),
            index >= 1, index <= count, count >= 2
        else { return nil }
        self.prefix = prefix
        self.index = index
        self.count = count
        self.chunk = Substring(text.unicodeScalars.dropFirst(p + 4))
    }
}
