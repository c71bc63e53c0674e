import Foundation
import HTTPTypes
import Hummingbird
import KioskQueue
import Logging
import NIOCore

/// The service-center server: OpenRosa endpoints for terminals (device tokens), the draft-status
/// endpoint, and the staff pages (login sessions).
public struct CenterServer: Sendable {
    public let database: CenterDatabase
    public let catalog: FormCatalog
    public var configuration: CenterConfiguration
    /// The center's queue of tickets, when it runs one (`queue.json` in the data folder).
    public let queue: QueueDesk?
    let clock: @Sendable () -> Date

    public init(
        database: CenterDatabase, catalog: FormCatalog, configuration: CenterConfiguration, queue: QueueDesk? = nil,
        clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.database = database
        self.catalog = catalog
        self.configuration = configuration
        self.queue = queue
        self.clock = clock
    }

    /// The application, ready to run; `onListening` gets the bound port.
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol
    {
        let router = Router(context: BasicRequestContext.self)
        addOpenRosaRoutes(to: router)
        addStaffRoutes(to: router)
        addQueueRoutes(to: router)
        var logger = Logger(label: "center")
        logger.logLevel = .warning
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Runs until the task is cancelled or the process gets SIGINT/SIGTERM.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onListening: onListening).runService()
    }
}
