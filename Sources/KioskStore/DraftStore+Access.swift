import Foundation
import GRDB

extension DraftStore {
    /// Runs `body` in a write transaction; any failure becomes a StoreError naming `operation`.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw StoreError(operation: operation, reason: "\(error)")
        }
    }

    /// Runs `body` on a read snapshot; any failure becomes a StoreError naming `operation`.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw StoreError(operation: operation, reason: "\(error)")
        }
    }
}
