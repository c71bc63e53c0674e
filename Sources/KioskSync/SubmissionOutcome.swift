/// What became of one OpenRosa submission, as the upload policy needs to know it.
public enum SubmissionOutcome: Sendable, Equatable {
    /// 201 or 202: the center has it (a repeat of the same submission also gets 201).
    case accepted(status: Int)
    /// A 200, or an answer without the OpenRosa header: a captive portal or proxy answered, not the center.
    case captivePortal(status: Int)
    /// 409: the center holds a different submission with this instanceID.
    case conflict
    /// 401/403: the device token is wrong or revoked.
    case unauthorized(status: Int)
    /// 400, 413, 415...: the center refuses this submission as it is; sending it again will not help.
    case refused(status: Int, message: String?)
    /// 5xx, 429 and other answers worth trying again later.
    case serverError(status: Int)
    /// No answer at all: refused connection, timeout, reset, TLS failure, DNS.
    case transport(String)
}
