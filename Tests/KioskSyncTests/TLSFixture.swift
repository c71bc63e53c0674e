import Foundation

/// A TLS endpoint on loopback in front of a center: a test CA and a server certificate made with
/// openssl in a temp dir, and stunnel (Debian's stunnel4) terminating TLS. Stopped by PID.
final class TLSFixture: Sendable {
    let folder: URL
    let port: Int
    let process: Process

    var caFile: URL { folder.appendingPathComponent("ca.pem") }

    init(forwardingTo backend: Int) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dir = folder.path
        try Self.shell(
            """
            cd \(dir)
            openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=Kiosk Test CA" \
              -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
            openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1"
            printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth\\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile ext.cnf
            """)
        var lastError: (any Error)?
        for _ in 0..<5 {
            let candidate = Int.random(in: 20_000...60_000)
            let config = """
                foreground = yes
                pid =
                debug = 3
                output = \(dir)/stunnel.log
                [center]
                accept = 127.0.0.1:\(candidate)
                connect = 127.0.0.1:\(backend)
                cert = \(dir)/server.pem
                key = \(dir)/server.key

                """
            try config.write(to: folder.appendingPathComponent("stunnel.conf"), atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/stunnel4")
            process.arguments = [folder.appendingPathComponent("stunnel.conf").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Listening shows in its log; bounded wait, never busy on a thread.
            for _ in 0..<100 {
                let log = (try? String(contentsOf: folder.appendingPathComponent("stunnel.log"), encoding: .utf8)) ?? ""
                if log.contains("Configuration successful") || !process.isRunning { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            if process.isRunning {
                self.port = candidate
                self.process = process
                return
            }
            lastError = TLSFixtureError(reason: "stunnel exited \(process.terminationStatus)")
        }
        throw lastError ?? TLSFixtureError(reason: "stunnel did not start")
    }

    /// SIGKILL by PID: a child started from this test process inherits a signal mask that
    /// blocks SIGTERM, so stunnel would not hear it.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Runs a shell script; throws with its output when it fails.
    @discardableResult
    static func shell(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-ec", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TLSFixtureError(reason: "exit \(process.terminationStatus): \(output)")
        }
        return output
    }
}

struct TLSFixtureError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
