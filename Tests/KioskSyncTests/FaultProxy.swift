import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP proxy on loopback between terminal and center that misbehaves on purpose, chosen at
/// random per connection: refused (closed at once), reset in the middle of the request body,
/// silent (the client times out), a 500, a captive portal's 200, a slow link, or a clean pass.
/// It runs on its own threads (blocking sockets), never on Swift's cooperative pool.
final class FaultProxy: @unchecked Sendable {
    // @unchecked: `listener` and `stopped` are set before the accept thread starts or under `lock`.
    enum Fault: CaseIterable, Sendable {
        case refuse, resetMidBody, silent, serverError, captivePortal, slow, pass
    }

    let port: Int
    private let listener: Int32
    private let backend: Int
    private let lock = NSLock()
    private var stopped = false
    private var counts: [Fault: Int] = [:]
    private let choose: @Sendable () -> Fault

    init(backend: Int, choose: @escaping @Sendable () -> Fault) throws {
        self.backend = backend
        self.choose = choose
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw TLSFixtureError(reason: "proxy bind: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// How many connections got each fault.
    var tally: [Fault: Int] {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if isStopped { return }
                continue
            }
            let fault = choose()
            lock.lock()
            counts[fault, default: 0] += 1
            lock.unlock()
            let thread = Thread { [self] in handle(client, fault) }
            thread.start()
        }
    }

    private func handle(_ client: Int32, _ fault: Fault) {
        var timeout = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        switch fault {
        case .refuse:
            Self.reset(client)
        case .resetMidBody:
            var buffer = [UInt8](repeating: 0, count: 300)
            _ = recv(client, &buffer, buffer.count, 0)
            Self.reset(client)
        case .silent:
            var buffer = [UInt8](repeating: 0, count: 65536)
            while recv(client, &buffer, buffer.count, 0) > 0 {}
            close(client)
        case .serverError:
            Self.answer(client, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        case .captivePortal:
            let page = "<html>Wi-Fi login</html>"
            Self.answer(
                client,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\nConnection: close\r\n\r\n\(page)"
            )
        case .slow, .pass:
            forward(client, slow: fault == .slow)
        }
    }

    /// Pipes both ways to the center; a slow link trickles the center's answer.
    private func forward(_ client: Int32, slow: Bool) {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.loopback(port: backend)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(server)
            Self.reset(client)
            return
        }
        let upstream = Thread {
            var buffer = [UInt8](repeating: 0, count: 65536)
            var first = true
            while true {
                let count = recv(client, &buffer, buffer.count, 0)
                if count <= 0 { break }
                var chunk = Array(buffer[0..<count])
                // One request per connection: the center closes after answering, so the client's
                // next request opens a new connection and meets a new fault.
                // Bytes, never text: a chunk may end inside a character of the body, and decoding
                // it would change the body (a cut UTF-8 sequence becomes U+FFFD).
                if first, let end = chunk.firstIndex(of: 10) {
                    let keepAlive = Array("Connection: keep-alive\r\n".utf8)
                    if let range = chunk.firstRange(of: keepAlive) { chunk.removeSubrange(range) }
                    chunk.insert(contentsOf: Array("Connection: close\r\n".utf8), at: end + 1)
                    first = false
                }
                if ProcessInfo.processInfo.environment["FAULT_PROXY_DEBUG"] != nil {
                    print("PROXY>", String(decoding: chunk.prefix(300), as: UTF8.self).debugDescription)
                }
                if send(server, chunk, chunk.count, Int32(MSG_NOSIGNAL)) <= 0 { break }
            }
            shutdown(server, Int32(SHUT_WR))
        }
        upstream.start()
        var buffer = [UInt8](repeating: 0, count: slow ? 64 : 65536)
        while true {
            let count = recv(server, &buffer, buffer.count, 0)
            if count <= 0 { break }
            if slow { usleep(20_000) }
            if ProcessInfo.processInfo.environment["FAULT_PROXY_DEBUG"] != nil {
                print("PROXY<", String(decoding: buffer[0..<min(count, 120)], as: UTF8.self).debugDescription)
            }
            if send(client, buffer, count, Int32(MSG_NOSIGNAL)) <= 0 { break }
        }
        shutdown(client, Int32(SHUT_RDWR))
        close(client)
        close(server)
    }

    static func answer(_ socket: Int32, _ text: String) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        _ = recv(socket, &buffer, buffer.count, 0)
        let bytes = Array(text.utf8)
        _ = send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL))
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// Closes with SO_LINGER 0: the peer gets a TCP reset, not a clean end.
    static func reset(_ socket: Int32) {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(socket, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(socket)
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
