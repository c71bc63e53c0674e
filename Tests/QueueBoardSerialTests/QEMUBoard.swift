import Foundation

/// The real firmware image running in qemu-system-arm (mps2-an386), its UART on a pty that the
/// terminal's driver opens like a USB serial device, and QEMU's monitor on a unix socket to press
/// the reset button. Stopped through the monitor ("quit"), or by PID with SIGKILL; `timeout -s KILL`
/// bounds every run even if a test dies first. (SIGTERM is no use here: a QEMU started from a test
/// thread inherits that thread's blocked-signal mask, SIGTERM included.)
final class QEMUBoard: @unchecked Sendable {
    // @unchecked: set up once in init; `stop` only talks to the monitor and signals the process.
    let process = Process()
    let ptyPath: String
    let monitorPath: String
    let pidPath: String

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let image = repository.appendingPathComponent("Firmware/build/queueboard.elf")

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Builds the image if it is missing (`make firmware` normally has).
    static func ensureImage() throws {
        if FileManager.default.fileExists(atPath: image.path) { return }
        let build = Process()
        build.executableURL = repository.appendingPathComponent("Firmware/build.sh")
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0 else { throw Failure(description: "Firmware/build.sh failed") }
    }

    /// Boots the firmware. With `fastIdleTime`, QEMU jumps the guest clock over the time the
    /// core sleeps in WFI (-icount sleep=off), so a minute of host silence passes in moments.
    init(fastIdleTime: Bool = false) throws {
        try Self.ensureImage()
        let name = FileManager.default.temporaryDirectory.appendingPathComponent("queueboard-\(UUID().uuidString)").path
        monitorPath = name + ".sock"
        pidPath = name + ".pid"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        var arguments = [
            "-s", "KILL", "300", "qemu-system-arm", "-M", "mps2-an386", "-kernel", Self.image.path, "-display", "none",
            "-monitor", "unix:\(monitorPath),server=on,wait=off", "-pidfile", pidPath,
            "-semihosting-config", "enable=on,target=native", "-serial", "pty",
        ]
        if fastIdleTime { arguments += ["-icount", "shift=0,sleep=off"] }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // QEMU names its pty on its first lines: "char device redirected to /dev/pts/7 (label serial0)".
        var text = ""
        let reader = output.fileHandleForReading
        while !text.contains("(label") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"/dev/pts/\d+"#, options: .regularExpression) else {
            ptyPath = ""
            stop()
            throw Failure(description: "qemu-system-arm did not open a pty: \(text)")
        }
        ptyPath = String(text[range])
    }

    /// Presses reset: the firmware boots again and says HELLO.
    func reset() throws {
        try monitor("system_reset")
    }

    /// Sends one command to QEMU's human monitor and waits for its echo (it has been carried out).
    func monitor(_ command: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket") }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { path in
            for (index, byte) in monitorPath.utf8.enumerated() where index < path.count - 1 { path[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect to QEMU monitor: errno \(errno)") }
        let line = Array((command + "\n").utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var buffer = [UInt8](repeating: 0, count: 512)
        var seen = ""
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        // The monitor echoes the command, then prints "(qemu)" again when it is done.
        while !(seen.contains(command) && seen.hasSuffix("(qemu) ")) && poll(&entry, 1, 5_000) > 0 {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            seen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// Ends QEMU: "quit" on the monitor, SIGKILL by its pid file if that did not work.
    func stop() {
        if process.isRunning {
            try? monitor("quit")
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(20_000) }
        }
        if process.isRunning, let text = try? String(contentsOfFile: pidPath, encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: monitorPath)
        try? FileManager.default.removeItem(atPath: pidPath)
    }

    deinit { if process.isRunning { stop() } }
}
