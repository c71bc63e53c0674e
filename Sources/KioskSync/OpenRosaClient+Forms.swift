import Crypto
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension OpenRosaClient {
    /// GET formList: the forms the center offers this device.
    public func formList() async throws(SyncError) -> [FormListEntry] {
        try OpenRosaListParser.formList(
            try await fetch(credential.baseURL.appendingPathComponent("formList"), "form list"))
    }

    /// GET a form's manifest: its media files.
    public func manifest(_ url: URL) async throws(SyncError) -> [MediaFileEntry] {
        try OpenRosaListParser.manifest(try await fetch(url, "manifest"))
    }

    /// GETs `url` and checks the body against an OpenRosa hash ("md5:" + hex).
    public func download(_ url: URL, expecting hash: String) async throws(SyncError) -> Data {
        let data = try await fetch(url, "download")
        let actual = Self.md5Hash(data)
        guard actual.caseInsensitiveCompare(hash) == .orderedSame else {
            throw SyncError(operation: "download \(url.lastPathComponent)", reason: "hash \(actual), expected \(hash)")
        }
        return data
    }

    /// The OpenRosa form-list hash of `data`: "md5:" and the lowercase hex digest.
    public static func md5Hash(_ data: Data) -> String {
        "md5:" + Insecure.MD5.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    func fetch(_ url: URL, _ what: String) async throws(SyncError) -> Data {
        switch await send(request(url, method: "GET")) {
        case .failure(let failure):
            throw SyncError(operation: "fetch \(what)", reason: failure.reason)
        case .success((let data, let response)):
            guard response.statusCode == 200, Self.isOpenRosa(response) else {
                throw SyncError(
                    operation: "fetch \(what)",
                    reason: "HTTP \(response.statusCode)"
                        + (Self.isOpenRosa(response) ? "" : " without OpenRosa header"))
            }
            return data
        }
    }
}
