// libFuzzer harness for the form loader and session: arbitrary bytes as an XForm document; when
// they load, a session is started and walked, answering every question, adding repeats, going
// back, and writing the submission. Any trap, sanitizer report or timeout is a bug. Built by
// run-fuzz together with all of Sources/KioskForms.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForm(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let csv = Data("name,label,province\n1,Một,a\n2,Hai,b\n".utf8)
    guard let form = try? XForm.parse(data, attachments: ["communes.csv": csv, "x.csv": csv]) else { return 0 }
    _ = form.problems { _ in true }
    var session = FormSession(form: form, startedAt: Date(timeIntervalSince1970: 1_700_000_000))
    for step in 0..<64 {
        guard let screen = session.currentScreen(in: form) else { break }
        if case .repeatPrompt = screen.kind {
            if step % 3 == 0 { try? session.addRepeat(in: form) } else { try? session.next(in: form) }
            continue
        }
        for question in screen.questions {
            let value = question.choices.first?.value ?? ["1", "2026-11-22", "Lan", "-3.5", ""][step % 5]
            try? session.answer(value, at: question.path, in: form)
        }
        if step % 7 == 6 { session.back(in: form) } else if (try? session.next(in: form)) == nil { break }
    }
    _ = session.submissionXML(form: form, instanceID: "uuid:fuzz", endedAt: Date(timeIntervalSince1970: 1_700_000_100))
    if let snapshot = try? session.snapshot() { _ = try? FormSession(snapshot: snapshot, form: form) }
    return 0
}
