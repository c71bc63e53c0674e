import Foundation

/// A failure of a device system call or library, reading like a log line:
/// "open /dev/dri/card0: Permission denied (errno 13)".
public struct DeviceError: Error, CustomStringConvertible, Equatable, Sendable {
    public var operation: String
    public var context: String
    public var errno: Int32?
    public var reason: String?

    public init(operation: String, context: String, errno: Int32? = nil, reason: String? = nil) {
        self.operation = operation
        self.context = context
        self.errno = errno
        self.reason = reason
    }

    /// The error of the last failed system call.
    static func lastErrno(_ operation: String, _ context: String) -> DeviceError {
        let code = Foundation.errno
        return DeviceError(operation: operation, context: context, errno: code, reason: String(cString: strerror(code)))
    }

    public var description: String {
        var line = "\(operation) \(context)"
        if let reason { line += ": \(reason)" }
        if let errno { line += " (errno \(errno))" }
        return line
    }
}
