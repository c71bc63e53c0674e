import Foundation
import KioskStore
import KioskSync

/// The terminal's background sync: the uploader fed by the outbox, and the questions the screens
/// ask the center (a draft's status by code). Start it once; call `wake()` after a draft is
/// finalized. Nothing here runs on the main actor.
public final class SyncService: Sendable {
    public let uploader: Uploader
    let client: OpenRosaClient
    let store: DraftStore
    let clock: @Sendable () -> Date
    private let task = TaskBox()

    public init(
        credential: DeviceCredential, store: DraftStore, policy: UploadPolicy = UploadPolicy(),
        clock: @escaping @Sendable () -> Date = Date.init
    ) {
        client = OpenRosaClient(credential: credential, clock: clock)
        self.store = store
        self.clock = clock
        uploader = Uploader(client: client, queue: StoreUploadQueue(store: store), policy: policy, clock: clock)
    }

    /// Starts the upload loop in the background (once).
    public func start() {
        task.start { [uploader] in await uploader.run() }
    }

    /// Stops the loop; a submission in flight is abandoned (the outbox keeps it for next time).
    public func stop() {
        task.cancel()
    }

    /// Asks the loop to look now.
    public func wake() {
        uploader.wake()
    }

    /// One pass now, for the technician's `kiosk sync now` and tests.
    public func uploadNow() async -> UploadPass {
        await uploader.runOnce()
    }

    /// The center's status for the draft a citizen typed the code of; records it in the store
    /// (which acknowledges the draft). nil when the center does not know the code.
    public func centerStatus(code: String) async throws(AppError) -> CenterStatus? {
        let report: DraftStatusReport?
        do throws(SyncError) {
            report = try await client.draftStatus(code: code)
        } catch {
            throw AppError("\(error)")
        }
        guard let report else { return nil }
        let status = CenterStatus(state: report.state, reason: report.reason)
        do throws(StoreError) {
            if let draft = try store.draft(code: code) {
                try store.recordCenterStatus(status, draftID: draft.id, at: clock())
            }
        } catch {
            throw AppError("\(error)")
        }
        return status
    }

    /// Fetches changed forms from the center into `folder`.
    public func updateForms(into folder: URL) async throws(AppError) -> FormUpdater.Report {
        do throws(SyncError) {
            return try await FormUpdater(client: client, installer: FormInstaller(root: folder)).update()
        } catch {
            throw AppError("\(error)")
        }
    }
}

/// The loop's task, behind a lock: SyncService is shared between the screen and the loop.
private final class TaskBox: @unchecked Sendable {
    // @unchecked: `task` is only touched under `lock`.
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    func start(_ body: @escaping @Sendable () async -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard task == nil else { return }
        task = Task.detached(priority: .utility) { await body() }
    }

    func cancel() {
        lock.lock()
        defer { lock.unlock() }
        task?.cancel()
        task = nil
    }
}
