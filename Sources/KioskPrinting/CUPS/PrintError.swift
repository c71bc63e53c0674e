internal import CCUPS

/// A CUPS request that failed: what was asked, of which queue, and what CUPS answered.
///
/// `status` is the IPP status code (`client-error-not-found` is `0x0406`); libcups reports failures
/// of its own, such as an unreachable server, with `server-error-*` codes too.
public struct PrintError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The IPP operation or step, such as "Create-Job", "Send-Document" or "connect".
    public var operation: String
    /// The queue (or, for "connect", the server) the operation was about; nil when there was none.
    public var destination: String?
    /// The IPP status code, an `ipp_status_t` value.
    public var status: Int
    /// The IPP name of `status`, such as "client-error-not-found".
    public var statusName: String
    /// What CUPS said, as `cupsLastErrorString` reported it.
    public var message: String

    public init(operation: String, destination: String?, status: Int, statusName: String, message: String) {
        self.operation = operation
        self.destination = destination
        self.status = status
        self.statusName = statusName
        self.message = message
    }

    public var description: String {
        let hex = String(status, radix: 16)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let target = destination.map { " on \($0)" } ?? ""
        return "cups: \(operation)\(target) failed: \(statusName) (0x\(code)): \(message)"
    }
}

extension PrintError {
    /// The error libcups recorded for the calling thread's last request.
    ///
    /// Read it right after the failing call: libcups keeps one last error per thread and the next
    /// request replaces it. The corresponding C functions are `cupsLastError` and `cupsLastErrorString`.
    static func last(_ operation: String, destination: String?) -> PrintError {
        let status = cupsLastError()
        let text = cupsLastErrorString().map { String(cString: $0) }
        return PrintError(operation, destination: destination, status: status, message: text)
    }

    /// An error with a status chosen here, for failures CUPS itself did not report.
    init(_ operation: String, destination: String?, status: ipp_status_t, message: String?) {
        let name = ippErrorString(status).map { String(cString: $0) } ?? "unknown-status"
        self.init(
            operation: operation, destination: destination, status: Int(status.rawValue), statusName: name,
            message: message.flatMap { $0.isEmpty ? nil : $0 } ?? name)
    }

    /// Whether an IPP status is a failure: everything above `successful-ok-conflicting-attributes`.
    static func isFailure(_ status: ipp_status_t) -> Bool {
        status.rawValue > IPP_STATUS_OK_CONFLICTING.rawValue
    }
}
