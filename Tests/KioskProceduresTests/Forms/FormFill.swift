import Foundation
import FoundationXML
import KioskForms

/// Fills a form with KioskForms' FormFiller, as `kiosk form fill` does, and keeps the outcome as
/// the submission's leaves or the error that stopped it.
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
        let filler = FormFiller(
            form: form, language: language, now: Self.now,
            timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current)
        do throws(FormFiller.Failure) {
            let session = try filler.fill(answers)
            return .submitted(
                Self.leaves(session.submissionXML(form: form, instanceID: "uuid:test", endedAt: Self.now)))
        } catch {
            switch error {
            case .refused(let error): return .stopped(error)
            case .unused(let paths): return .stopped(.unknownQuestion(paths.first ?? ""))
            case .tooManyScreens(let count): return .stopped(.unsupported("\(count) screens"))
            }
        }
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
