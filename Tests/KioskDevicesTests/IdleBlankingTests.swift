import KioskDevices
import KioskUI
import Testing

@Suite struct IdleBlankingTests {
    let point = Point(x: 10, y: 10)

    func tick(_ blanking: inout IdleBlanking, _ now: Double) -> Bool { blanking.tick(at: now) }

    func touch(_ blanking: inout IdleBlanking, _ event: TouchEvent, _ now: Double) -> IdleBlanking.Decision {
        blanking.touch(event, at: now)
    }

    @Test func blanksAfterTheIdleTimeAndTheWakingTouchPressesNothing() {
        var blanking = IdleBlanking(timeout: 60, now: 0)
        #expect(tick(&blanking, 59) == false)
        #expect(tick(&blanking, 60))
        #expect(tick(&blanking, 61) == false)
        #expect(touch(&blanking, TouchEvent(.down, at: point), 100) == .wake)
        #expect(touch(&blanking, TouchEvent(.move, at: point), 100.1) == .swallow)
        #expect(touch(&blanking, TouchEvent(.up, at: point), 100.2) == .swallow)
        #expect(touch(&blanking, TouchEvent(.down, at: point), 101) == .pass)
        #expect(touch(&blanking, TouchEvent(.up, at: point), 101.1) == .pass)
    }

    @Test func touchesKeepThePanelOn() {
        var blanking = IdleBlanking(timeout: 60, now: 0)
        #expect(touch(&blanking, TouchEvent(.down, at: point), 50) == .pass)
        #expect(tick(&blanking, 100) == false)
        #expect(tick(&blanking, 111))
    }

    @Test func zeroMeansNever() {
        var blanking = IdleBlanking(timeout: 0, now: 0)
        #expect(tick(&blanking, 1_000_000) == false)
    }
}
