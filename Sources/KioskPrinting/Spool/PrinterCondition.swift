/// What a printer can do right now, as the terminal acts on it: a pure summary of CUPS's
/// `printer-state`, `printer-state-reasons` and the job's state, with what staff and technicians are
/// told. The citizen's screens map these to pictures and voice (KioskUI's `DeviceProblem`).
public enum PrinterCondition: Sendable, Equatable, Hashable {
    /// Idle and accepting: a job prints now.
    case ready
    /// Printing (someone else's job, or ours).
    case busy
    /// Out of paper (`media-empty`, `media-needed`).
    case outOfPaper
    /// Paper stuck (`media-jam`).
    case paperJam
    /// A cover or door open (`cover-open`, `door-open`, `interlock-open`).
    case coverOpen
    /// Out of ink or toner (`marker-supply-empty`, `toner-empty`).
    case outOfInk
    /// The printer says it is off line (`offline`, `shutdown`, `timed-out`).
    case offline
    /// The queue is stopped (disabled in CUPS, `paused`), or rejects jobs: a person must enable it.
    case stopped
    /// Neither CUPS nor the printer can be reached (the backend keeps `connecting-to-device`, or the
    /// CUPS server does not answer).
    case unreachable
    /// Something else went wrong; the text is for technicians.
    case failed(String)

    /// Whether the citizen must be told something is wrong.
    public var isProblem: Bool {
        switch self {
        case .ready, .busy: false
        default: true
        }
    }

    /// The condition a queue's status gives, the most specific reason first: a printer that is out
    /// of paper and stopped is told as out of paper, since loading paper is what helps.
    ///
    /// `reasons` may carry the IPP suffixes `-error`, `-warning` and `-report`; only `-error` and
    /// unsuffixed reasons count, since a warning ("toner low") still prints.
    public init(status: PrinterStatus) {
        let reasons = Set(
            status.reasons.compactMap { reason -> String? in
                if reason.hasSuffix("-warning") || reason.hasSuffix("-report") { return nil }
                return reason.hasSuffix("-error") ? String(reason.dropLast("-error".count)) : reason
            })
        func any(_ names: String...) -> Bool { names.contains { reasons.contains($0) } }
        let message = status.message ?? ""
        if any("media-empty", "media-needed", "input-tray-missing") {
            self = .outOfPaper
        } else if any("media-jam") {
            self = .paperJam
        } else if any("cover-open", "door-open", "interlock-open") {
            self = .coverOpen
        } else if any("marker-supply-empty", "toner-empty", "marker-waste-full") {
            self = .outOfInk
        } else if any("connecting-to-device") || Self.unreachableMessages.contains(where: { message.hasPrefix($0) }) {
            self = .unreachable
        } else if any("offline", "shutdown", "timed-out") || message.hasPrefix("The printer is not connected") {
            self = .offline
        } else if status.state == .stopped || any("paused") || !status.isAcceptingJobs {
            self = .stopped
        } else if status.state == .processing {
            self = .busy
        } else {
            self = .ready
        }
    }

    /// What CUPS's socket, ipp and lpd backends say while they cannot reach the printer. They keep
    /// retrying with the job "processing" and, in CUPS 2.4, often without any state reason, so their
    /// warning (CUPS's own English text, as backends run in the C locale) is the only sign.
    static let unreachableMessages = [
        "The printer may not exist or is unavailable at this time", "The printer is unreachable at this time",
        "The printer is not responding", "Unable to locate printer", "Unable to contact printer",
    ]

    /// The condition when asking CUPS itself failed (the server is down, the queue is gone).
    public init(error: PrintError) {
        switch error.operation {
        case "connect": self = .unreachable
        default:
            // libcups reports a server it cannot reach or a connection that broke as a server error
            // (server-error-service-unavailable, 0x0502, or server-error-internal-error with errno's
            // text): CUPS may be restarting, so it passes. A client error (0x04xx) is CUPS's real
            // answer, such as a queue that does not exist, and does not pass by waiting.
            self = error.status >= 0x0500 ? .unreachable : .failed(error.description)
        }
    }

    /// What staff at the counter see, in Vietnamese, the language the office works in.
    public var staffText: String {
        switch self {
        case .ready: "Máy in sẵn sàng."
        case .busy: "Máy in đang in."
        case .outOfPaper: "Máy in hết giấy. Hãy nạp thêm giấy; tờ khai sẽ tự in tiếp."
        case .paperJam: "Máy in bị kẹt giấy. Hãy mở máy, gỡ tờ giấy bị kẹt rồi đóng lại."
        case .coverOpen: "Nắp máy in đang mở. Hãy đóng nắp lại."
        case .outOfInk: "Máy in hết mực. Hãy thay hộp mực."
        case .offline: "Máy in đang tắt hoặc ngoại tuyến. Hãy bật máy in và kiểm tra dây cáp."
        case .stopped: "Hàng đợi máy in đang bị dừng. Kỹ thuật viên cần bật lại (cupsenable)."
        case .unreachable: "Không kết nối được máy in. Kiểm tra nguồn điện, dây mạng hoặc cáp USB."
        case .failed: "Máy in gặp lỗi. Hãy gọi kỹ thuật viên."
        }
    }

    /// What a technician sees: the condition and what to check, in English, with CUPS's words.
    public var technicianText: String {
        switch self {
        case .ready: "ready: idle and accepting jobs"
        case .busy: "busy: printing"
        case .outOfPaper: "out of paper (media-empty): load paper; queued jobs resume by themselves"
        case .paperJam: "paper jam (media-jam): clear the paper path"
        case .coverOpen: "cover open (cover-open/door-open): close it"
        case .outOfInk: "out of ink or toner (marker-supply-empty): replace the cartridge"
        case .offline: "printer offline: power, cable, or the printer's own offline button"
        case .stopped: "queue stopped or rejecting jobs: check `lpstat -p -l`, then `cupsenable` and `cupsaccept`"
        case .unreachable: "unreachable: the backend cannot connect to the printer, or cupsd does not answer"
        case .failed(let detail): "failed: \(detail)"
        }
    }
}
