import Foundation

/// One part of a multipart/form-data body.
public struct MultipartPart: Sendable, Equatable {
    public var name: String
    public var filename: String?
    public var contentType: String?
    public var content: Data
}

/// Splits multipart/form-data (RFC 7578) as OpenRosa clients send it, refusing what a client
/// would not send: no boundary, no closing delimiter, too many parts, file names with paths.
public enum MultipartParser {
    public static let maxParts = 32

    /// The boundary of a `multipart/form-data; boundary=...` content type.
    public static func boundary(contentType: String) throws(RequestProblem) -> String {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else {
            throw .unsupportedMedia("expected multipart/form-data")
        }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            guard (1...70).contains(value.utf8.count) else { throw .malformed("boundary of 1 to 70 characters") }
            return value
        }
        throw .malformed("multipart without boundary")
    }

    public static func parts(_ body: Data, boundary: String) throws(RequestProblem) -> [MultipartPart] {
        let delimiter = Data("--\(boundary)".utf8)
        let bytes = [UInt8](body)
        var positions: [Int] = []
        var search = 0
        while let found = find(Array(delimiter), in: bytes, from: search) {
            positions.append(found)
            search = found + delimiter.count
            guard positions.count <= maxParts + 1 else { throw .malformed("more than \(maxParts) parts") }
        }
        guard positions.count >= 2 else { throw .malformed("no multipart parts") }
        let last = positions[positions.count - 1] + delimiter.count
        guard bytes.count >= last + 2, bytes[last] == UInt8(ascii: "-"), bytes[last + 1] == UInt8(ascii: "-") else {
            throw .malformed("multipart body not closed (truncated?)")
        }
        var parts: [MultipartPart] = []
        for index in 0..<(positions.count - 1) {
            var start = positions[index] + delimiter.count
            // The delimiter line ends with CRLF; the part ends with CRLF before the next delimiter.
            guard start + 2 <= bytes.count, bytes[start] == 13, bytes[start + 1] == 10 else {
                throw .malformed("bad delimiter line")
            }
            start += 2
            var end = positions[index + 1]
            guard end >= start + 2, bytes[end - 2] == 13, bytes[end - 1] == 10 else { throw .malformed("bad part end") }
            end -= 2
            guard let split = find(Array("\r\n\r\n".utf8), in: bytes, from: start), split <= end else {
                throw .malformed("part without headers")
            }
            let headerText = String(decoding: bytes[start..<split], as: UTF8.self)
            parts.append(try part(headers: headerText, content: Data(bytes[(split + 4)..<max(split + 4, end)])))
        }
        return parts
    }

    static func part(headers: String, content: Data) throws(RequestProblem) -> MultipartPart {
        var name: String?
        var filename: String?
        var contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "content-disposition":
                name = parameter("name", in: pair[1])
                filename = parameter("filename", in: pair[1])
            case "content-type":
                contentType = pair[1]
            default:
                break
            }
        }
        guard let name, !name.isEmpty else { throw .malformed("part without a name") }
        if let filename {
            guard !filename.contains("/"), !filename.contains("\\"), !filename.contains(".."),
                !filename.contains("\0"), filename.utf8.count <= 200
            else { throw .malformed("file name with a path: refused") }
        }
        return MultipartPart(name: name, filename: filename, contentType: contentType, content: content)
    }

    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        let first = needle[0]
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
