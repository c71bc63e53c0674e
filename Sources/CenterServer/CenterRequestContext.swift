import Hummingbird
import NIOCore

/// The center's request context: the basic one, plus the client's address (for the rate limits
/// on routes anyone may call).
public struct CenterRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
