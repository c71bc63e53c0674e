import Foundation

/// Runs libcups calls on one dedicated serial queue, so a slow or hung CUPS server blocks that
/// thread and never Swift's cooperative pool, and the one `CUPSConnection` is used by one thread.
///
/// `@unchecked Sendable`: `connection` is read and written only inside `queue.async` blocks, which
/// the serial queue runs one at a time.
final class CUPSWorker: @unchecked Sendable {
    let server: String?
    private let queue = DispatchQueue(label: "kiosk.cups")
    private var connection: CUPSConnection?

    init(server: String?) {
        self.server = server
    }

    /// Runs `body` with a connection (made on first use, dropped after a transport failure so the
    /// next call reconnects).
    func run<T: Sendable>(_ body: @escaping @Sendable (CUPSConnection) throws(PrintError) -> T) async
        -> Result<T, PrintError>
    {
        await withCheckedContinuation { continuation in
            queue.async {
                do throws(PrintError) {
                    let connection: CUPSConnection
                    if let existing = self.connection {
                        connection = existing
                    } else {
                        connection = try self.connect()
                        self.connection = connection
                    }
                    continuation.resume(returning: .success(try body(connection)))
                } catch {
                    if PrinterCondition(error: error) == .unreachable { self.connection = nil }
                    continuation.resume(returning: .failure(error))
                }
            }
        }
    }

    private func connect() throws(PrintError) -> CUPSConnection {
        if let server { try CUPSConnection(server: server) } else { try CUPSConnection() }
    }
}
