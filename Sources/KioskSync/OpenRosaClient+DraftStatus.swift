import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension OpenRosaClient {
    /// Asks the center for the status of the draft with `code` (GET drafts/CODE/status, our
    /// center's extension). nil when the center does not know the code (yet).
    public func draftStatus(code: String) async throws(SyncError) -> DraftStatusReport? {
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw SyncError(operation: "draft status", reason: "a code is digits only")
        }
        let url = credential.baseURL.appendingPathComponent("drafts").appendingPathComponent(code)
            .appendingPathComponent("status")
        switch await send(request(url, method: "GET")) {
        case .failure(let failure):
            throw SyncError(operation: "draft status", reason: failure.reason)
        case .success((let data, let response)):
            switch response.statusCode {
            case 200 where Self.isOpenRosa(response):
                do {
                    return try JSONDecoder().decode(DraftStatusReport.self, from: data)
                } catch {
                    throw SyncError(operation: "draft status", reason: "unreadable answer")
                }
            case 404 where Self.isOpenRosa(response):
                return nil
            default:
                throw SyncError(operation: "draft status", reason: "HTTP \(response.statusCode)")
            }
        }
    }
}
