import Foundation

/// A network printer that is switched on late: listens on a given port and keeps every
/// connection's bytes, so a duplicate job would show as a second connection.
public final class LatePrinter: @unchecked Sendable {
    // @unchecked: `listener` never changes; `received` and `stopped` are guarded by `lock`.
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Data] = []
    private var stopped = false

    /// A port nobody listens on now (bound, read, closed).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard ok else { throw CupsdFixture.Failure(description: "no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Listens on 127.0.0.1:`port` at once; a thread accepts connections until `stop()`.
    public init(port: Int) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 && listen(fd, 4) == 0
            }
        }
        guard fd >= 0, ok else {
            close(fd)
            throw CupsdFixture.Failure(description: "cannot listen on \(port): \(String(cString: strerror(errno)))")
        }
        listener = fd
        Thread.detachNewThread { [self] in serve() }
    }

    /// Every connection's bytes so far, in order (a connection counts once its sender closed it).
    public var connections: [Data] { lock.withLock { received } }

    /// Stops accepting; the listening socket closes within 0.1 s.
    public func stop() { lock.withLock { stopped = true } }

    private func serve() {
        defer { close(listener) }
        while !lock.withLock({ stopped }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var data = Data()
            while true {
                let count = read(connection, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                data.append(contentsOf: buffer[0..<count])
            }
            close(connection)
            lock.withLock { received.append(data) }
        }
    }
}
