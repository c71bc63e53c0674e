import Foundation
import FoundationXML
import KioskForms

/// Fills a form screen by screen as the kiosk does (FormFiller in KioskApp): each question the
/// answers name is answered, then "next"; at the end every question is checked as finishing does.
struct FormFill {
    /// How a fill ended: the submission's leaves (path -> value), or the error that stopped it.
    enum Outcome: Equatable, CustomStringConvertible {
        case submitted([String: String])
        case stopped(FormError)

        var leaves: [String: String] {
            if case .submitted(let leaves) = self { return leaves }
            return [:]
        }

        var description: String {
            switch self {
            case .submitted(let leaves):
                leaves.sorted { $0.key < $1.key }.map { "\($0) = \($1)" }.joined(separator: "\n")
            case .stopped(let error): "\(error)"
            }
        }
    }

    var form: XForm
    /// The moment the session sees as now: 18 November 2026 (18:06 in Viet Nam), fixed so that the fixtures never age.
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    func fill(_ answers: [String: String], language: String = "vi") -> Outcome {
        var session = FormSession(form: form, startedAt: Self.now, language: language)
        session.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        var used = Set<String>()
        do throws(FormError) {
            for _ in 0..<1_000 {
                guard let screen = session.currentScreen(in: form) else { break }
                for question in screen.questions {
                    guard let value = answers[question.path] else { continue }
                    used.insert(question.path)
                    try session.answer(value, at: question.path, in: form)
                }
                try session.next(in: form)
            }
            if let unused = Set(answers.keys).subtracting(used).sorted().first {
                return .stopped(.unknownQuestion(unused))
            }
            if let problem = session.firstProblem(in: form) { return .stopped(problem) }
        } catch {
            return .stopped(error)
        }
        let xml = session.submissionXML(form: form, instanceID: "uuid:test", endedAt: Self.now)
        return .submitted(Self.leaves(xml))
    }

    /// Every leaf element of a submission by path ("/data/child/dob"). Questions that are not relevant
    /// are not in a KioskForms submission, so they have no entry.
    static func leaves(_ xml: String) -> [String: String] {
        guard let root = try? XMLDocument(data: Data(xml.utf8)).rootElement() else { return [:] }
        var leaves: [String: String] = [:]
        func walk(_ element: XMLElement, path: String) {
            let children = element.children?.compactMap { $0 as? XMLElement } ?? []
            guard !children.isEmpty else {
                leaves[path] = element.stringValue ?? ""
                return
            }
            for child in children { walk(child, path: path + "/" + (child.name ?? "?")) }
        }
        walk(root, path: "/" + (root.name ?? "?"))
        return leaves
    }
}
