import Foundation
import KioskTesting
import TestSupport
import Testing

@testable import KioskPrinting

/// Tickets through a real cupsd into a raw queue, and out of it byte for byte.
@Suite("Tickets through a private cupsd")
struct TicketCUPSTests {
    @Test(
        "a socket:// raw queue hands the ESC/POS bytes to a network printer unchanged",
        .enabled(if: CupsdFixture.socketBackend != nil, "needs CUPS's socket backend: apt-get install cups"))
    func socketQueue() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        try cupsd.installSocketBackend()
        let printer = try NetworkPrinterDouble()
        defer { printer.stop() }
        try cupsd.runClient(
            "lpadmin", ["-p", "kiosk-ticket", "-E", "-v", "socket://127.0.0.1:\(printer.port)", "-m", "raw"])
        let connection = try CUPSConnection(server: cupsd.socketPath)
        let job = Self.ticketJob()

        let printJob = try connection.submit(
            document: job, format: "application/vnd.cups-raw", title: "ticket-A012", to: "kiosk-ticket")

        #expect(try await Self.finalState(of: printJob, on: connection) == .completed)
        let received = try await printer.received(within: .seconds(120))
        #expect(received == job)
        #expect(try TicketESCPOSDecoder.decode(received).image == TicketRenderer().render(TicketRenderingTests.content))
    }

    @Test("a raw queue on the sandbox's per-job file backend writes the bytes unchanged")
    func fileQueue() async throws {
        let cupsd = try await CupsdFixture.start()
        defer { cupsd.stop() }
        let device = cupsd.outputDirectory.appendingPathComponent("kiosk-ticket.bin")
        try cupsd.runClient("lpadmin", ["-p", "kiosk-ticket", "-E", "-v", "kioskfile://\(device.path)", "-m", "raw"])
        let connection = try CUPSConnection(server: cupsd.socketPath)
        let job = Self.ticketJob()

        let printJob = try connection.submit(
            document: job, format: "application/vnd.cups-raw", title: "ticket-A012", to: "kiosk-ticket")

        #expect(try await Self.finalState(of: printJob, on: connection) == .completed)
        let file = cupsd.outputDirectory.appendingPathComponent("kiosk-ticket-job-\(printJob.id).bin")
        #expect(FileManager.default.contents(atPath: file.path) == job)
    }

    // MARK: - Helpers

    static func ticketJob() -> Data {
        ESCPOSEncoder().encode(TicketRenderer().render(TicketRenderingTests.content))
    }

    static func finalState(of job: PrintJob, on connection: CUPSConnection) async throws -> JobState {
        for _ in 0..<1_500 {
            let state = try connection.state(of: job)
            if state.isFinal { return state }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try connection.state(of: job)
    }
}

/// A network ESC/POS printer as CUPS's socket backend sees one (the "JetDirect" protocol, port
/// 9100 on a real printer): a TCP listener on 127.0.0.1 that takes one connection and keeps every
/// byte until the sender closes its side.
final class NetworkPrinterDouble: @unchecked Sendable {
    // @unchecked: `listener` and `port` never change; everything else is guarded by `lock`.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var data = Data()
    private var done = false
    private var stopped = false

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw NetworkPrinterDouble.Failure("socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && listen(fd, 4) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw NetworkPrinterDouble.Failure("cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in serve() }
    }

    /// The bytes of the first connection, once its sender has closed it.
    func received(within limit: Duration) async throws -> Data {
        guard let data = try await Poll.until(within: limit, { lock.withLock { done ? data : nil } }) else {
            throw NetworkPrinterDouble.Failure("the printer double on port \(port) received no complete job")
        }
        return data
    }

    /// Ends the accept loop; it closes the listener.
    func stop() {
        lock.withLock { stopped = true }
    }

    /// Polls, so that `stop()` ends it within 100 ms even when nobody connects.
    private func serve() {
        defer { close(listener) }
        while !lock.withLock({ stopped || done }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var received = Data()
            while true {
                let count = read(connection, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                received.append(contentsOf: buffer[0..<count])
            }
            // Closing tells the backend the printer has it all (it waits for this end of file).
            close(connection)
            lock.withLock {
                data = received
                done = true
            }
        }
    }
}
