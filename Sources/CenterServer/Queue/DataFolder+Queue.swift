import Foundation
import KioskQueue

extension DataFolder {
    /// The queue's setup; without it the center runs no queue.
    public var queueSetupURL: URL { url.appendingPathComponent("queue.json") }

    /// The center's queue desk: today's queue from the database (numbering goes on after a
    /// restart), each change stored before it is answered. Nil when there is no queue.json.
    public func openQueue(database: CenterDatabase, clock: @escaping @Sendable () -> Date = Date.init)
        throws(CenterError) -> QueueDesk?
    {
        guard let data = FileManager.default.contents(atPath: queueSetupURL.path) else { return nil }
        let setup = try QueueSetup.load(data)
        let queue = setup.queue(stored: try database.storedQueue(), now: clock())
        return QueueDesk(queue: queue, clock: clock) { queue in try database.storeQueue(queue, at: clock()) }
    }
}
