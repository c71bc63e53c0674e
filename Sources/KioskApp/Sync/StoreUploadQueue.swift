import Foundation
import KioskStore
import KioskSync

/// The terminal's outbox (DraftStore) as the uploader's queue.
public struct StoreUploadQueue: UploadQueue {
    let store: DraftStore

    public init(store: DraftStore) {
        self.store = store
    }

    public func due(at now: Date) throws(SyncError) -> [PendingUpload] {
        try map("read outbox") { () throws(StoreError) in
            try store.queueFinalizedDrafts(at: now)
            return try store.dueUploads(at: now).map {
                PendingUpload(
                    draftID: $0.draftID, draftCode: $0.draftCode, instanceID: $0.instanceID, attempts: $0.attempts,
                    lastError: $0.lastError)
            }
        }
    }

    public func instanceXML(draftID: String) throws(SyncError) -> Data {
        let xml = try map("read submission") { () throws(StoreError) in try store.submission(draftID: draftID) }
        guard let xml else { throw SyncError(operation: "read submission", reason: "draft has no submission") }
        return Data(xml.utf8)
    }

    public func accepted(draftID: String, at now: Date) throws(SyncError) {
        try map("record upload") { () throws(StoreError) in try store.uploadAccepted(draftID: draftID, at: now) }
    }

    public func retry(draftID: String, reason: String, at next: Date, now: Date) throws(SyncError) {
        try map("record retry") { () throws(StoreError) in
            try store.uploadFailed(draftID: draftID, reason: reason, nextAttemptAt: next, at: now)
        }
    }

    public func park(draftID: String, reason: String, at now: Date) throws(SyncError) {
        try map("park upload") { () throws(StoreError) in
            try store.uploadParked(draftID: draftID, reason: reason, at: now)
        }
    }

    public func nextDue() throws(SyncError) -> Date? {
        try map("read outbox") { () throws(StoreError) in try store.nextUploadDue() }
    }

    private func map<T>(_ operation: String, _ body: () throws(StoreError) -> T) throws(SyncError) -> T {
        do {
            return try body()
        } catch {
            throw SyncError(operation: operation, reason: error.description)
        }
    }
}
