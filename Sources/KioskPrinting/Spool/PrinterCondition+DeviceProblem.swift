import KioskUI

extension PrinterCondition {
    /// What the citizen is shown and told about this condition (a picture and a spoken sentence);
    /// nil when the printer is fine.
    ///
    /// A stopped queue and any other failure need a technician, so the citizen hears that printing
    /// failed and that their draft is kept.
    public var deviceProblem: DeviceProblem? {
        switch self {
        case .ready, .busy: nil
        case .outOfPaper: .printerOutOfPaper
        case .paperJam: .printerJammed
        case .coverOpen: .printerCoverOpen
        case .outOfInk: .printerOutOfInk
        case .offline: .printerOffline
        case .unreachable: .printerUnreachable
        case .stopped, .failed: .printerFailed
        }
    }
}
