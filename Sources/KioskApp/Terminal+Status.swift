import Foundation
import KioskStore
import KioskUI

extension Terminal {
    /// The code typed on the resume pad is of a draft finished on this terminal: its status at the
    /// center shows. The screen waits while the center is asked in the background (never blocking
    /// it); when the center cannot be reached, the last status the store recorded shows. Returns
    /// false when the code is not of a finished draft.
    func showSentDraftStatus(code: String) -> Bool {
        guard let found = try? store.draft(code: code), found.status != .editing else { return false }
        let lastKnown = try? store.centerStatus(draftID: found.id)
        flow.showSentDraft(
            code: found.code, lastKnown: lastKnown.flatMap { SentDraft.CenterState(rawValue: $0.state) },
            reason: lastKnown?.reason)
        log.info("draft \(found.code) status asked")
        guard let sync else {
            flow.sentDraftAnswered(code: found.code, state: nil, reason: nil, reached: false)
            return true
        }
        let code = found.code
        let log = self.log
        Task { [weak self] in
            var state: SentDraft.CenterState?
            var reason: String?
            var reached = true
            do throws(AppError) {
                let status = try await sync.centerStatus(code: code)
                state = status.flatMap { SentDraft.CenterState(rawValue: $0.state) }
                reason = status?.reason
            } catch {
                reached = false
                log.info("draft \(code) status not asked: the center cannot be reached")
            }
            guard let self else { return }
            self.flow.sentDraftAnswered(code: code, state: state, reason: reason, reached: reached)
            self.show()
        }
        return true
    }
}
