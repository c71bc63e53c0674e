import Foundation
import KioskStore
import KioskSync

/// The crash-test worker (`kiosk sync exercise`): answers questions of draft after draft the way
/// the terminal does, finalizes each and uploads, printing a line after every durable step. A test
/// kills it with SIGKILL at random moments and checks that every printed step survived.
///
/// Lines: `answer DRAFT PATH VALUE` once an answer is committed (what the screen would show as
/// accepted), `final DRAFT` once finalized, `upload N` after an upload pass.
public struct SyncExercise: Sendable {
    public var folder: StateFolder
    public var questions: Int

    public init(folder: StateFolder, questions: Int = 5) {
        self.folder = folder
        self.questions = questions
    }

    public func run(drafts: Int) async throws(AppError) {
        let store = try folder.openStore()
        let service = try folder.syncCredential().map { SyncService(credential: $0, store: store) }
        // A crash between two drafts or mid-draft leaves an editing draft: the next round goes on.
        for _ in 0..<drafts {
            do throws(StoreError) {
                let draft = try store.createDraft(
                    procedure: "exercise", formID: "exercise", formVersion: "1", language: "vi", at: Date())
                var fields = ""
                for question in 0..<questions {
                    let value = "v\(question)-\(UInt32.random(in: 0...UInt32.max))"
                    try store.saveAnswer(draftID: draft.id, path: "/data/q\(question)", value: value, at: Date())
                    Self.say("answer \(draft.id) /data/q\(question) \(value)")
                    fields += "<q\(question)>\(value)</q\(question)>"
                }
                let xml = """
                    <data id="exercise" version="1">\(fields)<meta><instanceID>uuid:\(draft.id)</instanceID></meta></data>
                    """
                try store.finalize(draftID: draft.id, submission: xml, at: Date())
                Self.say("final \(draft.id)")
            } catch {
                throw AppError("\(error)")
            }
            if let service {
                let pass = await service.uploadNow()
                Self.say("upload \(pass.uploaded.count)")
            }
        }
    }

    /// Writes a line straight to the file descriptor: nothing waits in a buffer when the process dies.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
