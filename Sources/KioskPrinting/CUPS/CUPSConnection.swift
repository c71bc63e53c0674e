internal import CCUPS
import Foundation

/// A connection to one CUPS server, closed when the last reference goes.
///
/// Not `Sendable`, on purpose: an `http_t` carries one request at a time and libcups keeps the last
/// error per thread, so a connection must be used by one task at a time. Own it from one actor (the
/// print spooler) and call it only from there. libcups reconnects by itself when the server closed an
/// idle connection, so one connection can live as long as the program.
public final class CUPSConnection {
    /// The server as given: a Unix socket path, a host name, or "host:port".
    public let server: String
    /// The `http_t *`, owned by this object alone.
    let http: OpaquePointer

    /// Connects to the server CUPS would use by default: `CUPS_SERVER`, then `~/.cups/client.conf`,
    /// then `/etc/cups/client.conf`, then the local socket.
    ///
    /// The corresponding C functions are `cupsServer`, `ippPort` and `httpConnect2`.
    public convenience init() throws(PrintError) {
        // cupsServer() splits "host:port" from CUPS_SERVER itself and leaves the port in ippPort().
        let host = cupsServer().map { String(cString: $0) } ?? "localhost"
        try self.init(host: host, port: ippPort(), server: host)
    }

    /// Connects to `server`: a Unix socket path ("/run/cups/cups.sock"), "host" (port 631) or
    /// "host:port" ("[::1]:631" for IPv6).
    ///
    /// The corresponding C function is `httpConnect2`.
    public convenience init(server: String) throws(PrintError) {
        let (host, port) = Self.split(server)
        try self.init(host: host, port: port ?? ippPort(), server: server)
    }

    private init(host: String, port: Int32, server: String) throws(PrintError) {
        // Blocking, with a bound: a local cupsd answers at once, a network one may be away.
        let connection = httpConnect2(
            host, port, nil, AF_UNSPEC, cupsEncryption(), 1, Self.connectTimeoutMilliseconds, nil)
        guard let connection else {
            // httpConnect2 leaves the reason in errno, not in cupsLastError.
            let reason = String(cString: strerror(errno))
            throw PrintError(
                "connect", destination: server, status: IPP_STATUS_ERROR_SERVICE_UNAVAILABLE,
                message: "cannot connect to \(server): \(reason)")
        }
        self.http = connection
        self.server = server
    }

    deinit {
        httpClose(http)
    }

    private static let connectTimeoutMilliseconds: Int32 = 30_000

    /// Splits "host:port" and "[v6]:port"; a socket path or a bare host has no port.
    static func split(_ server: String) -> (host: String, port: Int32?) {
        if server.hasPrefix("/") { return (server, nil) }
        if server.hasPrefix("["), let close = server.firstIndex(of: "]") {
            let host = String(server[server.index(after: server.startIndex)..<close])
            let rest = server[server.index(after: close)...]
            return (host, rest.hasPrefix(":") ? Int32(rest.dropFirst()) : nil)
        }
        // Exactly one colon: "host:port". More than one is a bare IPv6 address.
        let parts = server.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, let port = Int32(parts[1]) { return (String(parts[0]), port) }
        return (server, nil)
    }
}
