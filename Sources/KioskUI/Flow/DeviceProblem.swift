/// A device state the citizen must be told about, in their language, with a picture and a spoken
/// explanation of what to do. The printing adapter maps its printer states to these; the app hands
/// them to the flow with `CitizenFlow.deviceProblem(_:)`. The citizen's draft is kept whatever happens.
public enum DeviceProblem: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case printerOutOfPaper, printerJammed, printerCoverOpen, printerOutOfInk, printerOffline, printerUnreachable
    /// The printer refused the job for another reason.
    case printerFailed

    /// The picture shown (an SVG of Assets/icons).
    public var icon: String {
        switch self {
        case .printerOutOfPaper: "printer-out-of-paper"
        case .printerJammed: "printer-jammed"
        case .printerCoverOpen: "printer-cover-open"
        case .printerOutOfInk: "printer-out-of-ink"
        case .printerOffline: "printer-offline"
        case .printerUnreachable: "printer-unreachable"
        case .printerFailed: "printer-problem"
        }
    }

    /// The words shown and spoken (its prompt is "ui.<key>").
    public var key: UIStrings.Key {
        switch self {
        case .printerOutOfPaper: .problemOutOfPaper
        case .printerJammed: .problemJammed
        case .printerCoverOpen: .problemCoverOpen
        case .printerOutOfInk: .problemOutOfInk
        case .printerOffline: .problemOffline
        case .printerUnreachable: .problemUnreachable
        case .printerFailed: .printFailed
        }
    }

    /// Whether the citizen can put it right themselves (paper, the cover), so "try again" comes first.
    public var citizenCanFix: Bool { self == .printerOutOfPaper || self == .printerCoverOpen }
}
