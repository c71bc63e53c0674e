import Testing

@testable import KioskPrinting

/// CUPS's printer states and reasons, as the terminal reads them.
@Suite("Printer conditions")
struct PrinterConditionTests {
    static func status(
        _ state: PrinterStatus.State = .idle, accepting: Bool = true, _ reasons: [String] = [], message: String? = nil
    ) -> PrinterStatus {
        PrinterStatus(queue: "q", state: state, isAcceptingJobs: accepting, reasons: reasons, message: message)
    }

    @Test(
        "state and reasons map to one condition, the most helpful first",
        arguments: [
            (status(), PrinterCondition.ready),
            (status(.processing), .busy),
            (status(.idle, ["media-empty-error"]), .outOfPaper),
            (status(.stopped, ["paused", "media-empty-error"]), .outOfPaper),
            (status(.processing, ["media-needed"]), .outOfPaper),
            (status(.stopped, ["media-jam-error"]), .paperJam),
            (status(.idle, ["door-open-error"]), .coverOpen),
            (status(.idle, ["cover-open"]), .coverOpen),
            (status(.idle, ["marker-supply-empty-error"]), .outOfInk),
            (status(.idle, ["toner-empty-error"]), .outOfInk),
            (status(.processing, ["connecting-to-device"]), .unreachable),
            (status(.processing, message: "The printer may not exist or is unavailable at this time."), .unreachable),
            (status(.processing, message: "The printer is unreachable at this time."), .unreachable),
            (status(.processing, message: "The printer is in use."), .busy),
            (status(.processing, message: "The printer is not connected."), .offline),
            (status(.idle, ["offline-error"]), .offline),
            (status(.idle, ["offline-report"]), .ready),
            (status(.idle, ["toner-low-warning"]), .ready),
            (status(.stopped, ["paused"]), .stopped),
            (status(.idle, accepting: false), .stopped),
        ] as [(PrinterStatus, PrinterCondition)])
    func mapping(status: PrinterStatus, expected: PrinterCondition) {
        #expect(PrinterCondition(status: status) == expected)
    }

    @Test("a CUPS server that does not answer is unreachable; a real refusal is a failure")
    func errors() {
        let connect = PrintError(
            operation: "connect", destination: "/x.sock", status: 0x0502,
            statusName: "server-error-service-unavailable",
            message: "No such file")
        #expect(PrinterCondition(error: connect) == .unreachable)
        let transport = PrintError(
            operation: "Get-Job-Attributes", destination: "q", status: 0x0502,
            statusName: "server-error-service-unavailable", message: "lost")
        #expect(PrinterCondition(error: transport) == .unreachable)
        let broken = PrintError(
            operation: "Create-Job", destination: "q", status: 0x0500, statusName: "server-error-internal-error",
            message: "Broken pipe")
        #expect(PrinterCondition(error: broken) == .unreachable)
        let missing = PrintError(
            operation: "Create-Job", destination: "q", status: 0x0406, statusName: "client-error-not-found",
            message: "The printer or class does not exist.")
        #expect(PrinterCondition(error: missing) == .failed(missing.description))
    }

    @Test("every condition has words for staff and for technicians; only ready and busy are fine")
    func texts() {
        let all: [PrinterCondition] = [
            .ready, .busy, .outOfPaper, .paperJam, .coverOpen, .outOfInk, .offline, .stopped, .unreachable,
            .failed("x"),
        ]
        #expect(Set(all.map(\.staffText)).count == all.count)
        #expect(Set(all.map(\.technicianText)).count == all.count)
        #expect(all.filter { !$0.isProblem } == [.ready, .busy])
        #expect(PrinterCondition.outOfPaper.staffText.contains("hết giấy"))
    }
}
