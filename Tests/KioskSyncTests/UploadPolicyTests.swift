import Foundation
import SeededRandom
import Testing

@testable import KioskSync

@Suite struct UploadPolicyTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func backoffDoublesUpToTheCapWithJitterInTheUpperHalf() {
        let backoff = Backoff(base: 5, cap: 60)
        #expect((1...6).map { backoff.ceiling(attempt: $0) } == [5, 10, 20, 40, 60, 60])
        var generator = SplitMix(seed: 7)
        var draws: Set<Double> = []
        for attempt in 1...6 {
            for _ in 0..<50 {
                let delay = backoff.delay(attempt: attempt, using: &generator)
                #expect(delay >= backoff.ceiling(attempt: attempt) / 2 && delay <= backoff.ceiling(attempt: attempt))
                draws.insert(delay)
            }
        }
        #expect(draws.count > 250)  // jittered, not one fixed value per attempt
    }

    @Test func onlyAcceptedUploadsAreDoneAndRefusalsAreParkedOnceConfirmed() {
        var policy = UploadPolicy()
        var generator = SplitMix(seed: 1)
        #expect(policy.decide(.accepted(status: 201), attempts: 0, at: now, using: &generator) == .markUploaded)
        #expect(policy.decide(.accepted(status: 202), attempts: 3, at: now, using: &generator) == .markUploaded)
        guard case .park = policy.decide(.conflict, attempts: 0, at: now, using: &generator) else {
            Issue.record("409 must park")
            return
        }
        // A refusal may come from a body cut on the way: once is retried, the same twice in a row parks.
        let tooLarge = SubmissionOutcome.refused(status: 413, message: nil)
        guard case .retry(let next, let reason) = policy.decide(tooLarge, attempts: 2, at: now, using: &generator)
        else {
            Issue.record("a first 413 must be retried")
            return
        }
        #expect(next > now && reason == "refused 413")
        let malformed = SubmissionOutcome.refused(status: 400, message: "malformed request: no multipart parts")
        guard case .retry = policy.decide(malformed, attempts: 3, lastError: reason, at: now, using: &generator) else {
            Issue.record("a 400 after a 413 is not the same refusal twice")
            return
        }
        guard case .park = policy.decide(tooLarge, attempts: 3, lastError: reason, at: now, using: &generator) else {
            Issue.record("the same 413 twice in a row must park")
            return
        }
        #expect(policy.mayUpload(at: now))
    }

    @Test func aCaptivePortalOrAnOutagePausesTheQueueLongerEachTime() {
        var policy = UploadPolicy(itemBackoff: Backoff(base: 5, cap: 3600), queueBackoff: Backoff(base: 10, cap: 1800))
        var generator = SplitMix(seed: 3)
        var resumes: [TimeInterval] = []
        for outcome in [
            SubmissionOutcome.captivePortal(status: 200), .transport("connection refused"), .serverError(status: 503),
        ] {
            let action = policy.decide(outcome, attempts: 0, at: now, using: &generator)
            guard case .retry(let at, _) = action else {
                Issue.record("\(outcome) must retry")
                return
            }
            #expect(!policy.mayUpload(at: now))
            #expect(policy.pausedUntil.map { at >= $0 } == true)
            resumes.append(policy.pausedUntil!.timeIntervalSince(now))
        }
        // Ceilings 10, 20, 40 with jitter in the upper half: each pause lies in its own band.
        #expect((5...10).contains(resumes[0]) && (10...20).contains(resumes[1]) && (20...40).contains(resumes[2]))
        policy.preflightSucceeded()
        #expect(policy.mayUpload(at: now) && policy.consecutiveFailures == 0)
    }

    @Test func classifiesAnswersAsTheSpecSays() {
        #expect(OpenRosaClient.classify(status: 201, openRosa: true, message: nil) == .accepted(status: 201))
        #expect(OpenRosaClient.classify(status: 202, openRosa: true, message: nil) == .accepted(status: 202))
        #expect(OpenRosaClient.classify(status: 201, openRosa: false, message: nil) == .captivePortal(status: 201))
        #expect(OpenRosaClient.classify(status: 200, openRosa: true, message: nil) == .captivePortal(status: 200))
        #expect(OpenRosaClient.classify(status: 409, openRosa: true, message: nil) == .conflict)
        #expect(OpenRosaClient.classify(status: 401, openRosa: true, message: nil) == .unauthorized(status: 401))
        #expect(OpenRosaClient.classify(status: 503, openRosa: false, message: nil) == .serverError(status: 503))
        #expect(
            OpenRosaClient.classify(status: 400, openRosa: true, message: "x") == .refused(status: 400, message: "x"))
    }
}
