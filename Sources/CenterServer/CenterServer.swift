import Foundation
import HTTPTypes
import Hummingbird
import KioskQueue
import Logging
import NIOCore
import ServiceLifecycle

/// The service-center server: OpenRosa endpoints for terminals (device tokens), the draft-status
/// endpoint, and the staff pages (login sessions).
public struct CenterServer: Sendable {
    public let database: CenterDatabase
    public let catalog: FormCatalog
    public var configuration: CenterConfiguration
    /// The center's queue of tickets, when it runs one (`queue.json` in the data folder).
    public let queue: QueueDesk?
    /// The official forms staff print, when the center has the kiosk's assets; without them the
    /// draft page offers no print.
    public let officialForms: OfficialForms?
    let clock: @Sendable () -> Date

    public init(
        database: CenterDatabase, catalog: FormCatalog, configuration: CenterConfiguration, queue: QueueDesk? = nil,
        officialForms: OfficialForms? = nil, clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.database = database
        self.catalog = catalog
        self.configuration = configuration
        self.queue = queue
        self.officialForms = officialForms
        self.clock = clock
    }

    /// The application, ready to run; `onListening` gets the bound port.
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol
    {
        let router = Router(context: CenterRequestContext.self)
        router.add(middleware: RateLimitMiddleware(configuration: configuration, clock: clock))
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

    /// Runs until the task is cancelled or the process gets SIGINT/SIGTERM. On a signal, requests
    /// under way get `shutdownGrace` to finish; then whatever still runs (a board's never-ending
    /// feed, a slow client) is cancelled, so systemd's stop never waits for its own timeout.
    public func run(
        shutdownGrace: Duration = .seconds(2), onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let app = application(onListening: onListening)
        var logger = Logger(label: "center")
        logger.logLevel = .warning
        var group = ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = shutdownGrace
        try await ServiceGroup(configuration: group).run()
    }
}
