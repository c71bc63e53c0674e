import Foundation

/// A multipart/form-data body (RFC 7578) as OpenRosa clients send it.
public struct MultipartBody: Sendable {
    public var boundary: String
    public private(set) var data = Data()

    /// A body with a fresh boundary that cannot occur in XML text (it has no '<' and is random).
    public init(boundary: String = "kiosk-" + UUID().uuidString.lowercased()) {
        self.boundary = boundary
    }

    /// Adds a file part.
    public mutating func addFile(name: String, filename: String, contentType: String, content: Data) {
        data.append(Data("--\(boundary)\r\n".utf8))
        data.append(Data("Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n".utf8))
        data.append(Data("Content-Type: \(contentType)\r\n\r\n".utf8))
        data.append(content)
        data.append(Data("\r\n".utf8))
    }

    /// The whole body, closing delimiter included.
    public var finished: Data { data + Data("--\(boundary)--\r\n".utf8) }

    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }
}
