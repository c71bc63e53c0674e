/// A draft already sent (or on its way) that a citizen typed the code of on the resume pad, and
/// what the terminal knows of it at the center.
public struct SentDraft: Sendable, Equatable {
    /// The center's states, as staff set them.
    public enum CenterState: String, Sendable, CaseIterable {
        case received, processing, ready, rejected
    }

    /// Where the answer shown comes from.
    public enum Answer: Sendable, Equatable {
        /// The center is being asked; the last known state shows meanwhile, if any.
        case asking
        /// The center answered with `state`.
        case center
        /// The center does not have the draft yet (the terminal will send it when it can).
        case notArrived
        /// The center could not be reached: the last known state shows, if any.
        case offline
    }

    public var code: String
    /// The center's state: its answer, or the last one the terminal recorded.
    public var state: CenterState?
    /// Why it was rejected, in the staff's words.
    public var reason: String?
    public var answer: Answer

    public init(code: String, state: CenterState?, reason: String?, answer: Answer) {
        self.code = code
        self.state = state
        self.reason = reason
        self.answer = answer
    }
}

extension CitizenFlow {
    /// The code typed on the resume pad is of a draft already finished: its status shows while the
    /// app asks the center (with the last known state meanwhile); report back with `sentDraftAnswered`.
    public mutating func showSentDraft(code: String, lastKnown state: SentDraft.CenterState?, reason: String?) {
        guard step == .resume else { return }
        step = .draftStatus
        problem = nil
        sentDraft = SentDraft(code: code, state: state, reason: state == .rejected ? reason : nil, answer: .asking)
    }

    /// What came of asking the center: its state (nil when it does not have the draft), or
    /// `reached` false when it could not be asked. Ignored when the citizen has moved on.
    public mutating func sentDraftAnswered(
        code: String, state: SentDraft.CenterState?, reason: String?, reached: Bool
    ) {
        guard step == .draftStatus, var shown = sentDraft, shown.code == code, shown.answer == .asking else { return }
        if !reached {
            shown.answer = .offline
        } else if let state {
            shown.state = state
            shown.reason = state == .rejected ? reason : nil
            shown.answer = .center
        } else {
            shown.answer = .notArrived
        }
        sentDraft = shown
    }

    /// The status screen's buttons: back to the procedures, or finish.
    mutating func handleDraftStatus(_ action: UIAction) -> [Effect]? {
        switch action {
        case .back:
            step = .procedures
            sentDraft = nil
            return []
        case .finish:
            reset()
            return [.endSession]
        default:
            return nil
        }
    }
}
