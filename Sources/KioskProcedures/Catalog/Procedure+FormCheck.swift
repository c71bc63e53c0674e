import Foundation
import KioskForms

extension Procedure {
    /// What is wrong between its checklist conditions and one of its forms, one line each: a path
    /// that is not a question of the form, or a value compared with a select question's answer
    /// (`selected(path, 'v')`, `path = 'v'`) that is not one of its choices. Empty when they agree.
    ///
    /// For `kiosk form check` and the tests: the catalog and the forms are written by different
    /// people, and a condition on a misspelt path is silently false.
    ///
    /// Choices from an itemset are checked as a fresh session offers them (choices filtered by another
    /// answer, such as communes by province, are not checked).
    public func conditionProblems(in form: XForm) -> [String] {
        var problems: [String] = []
        var offered: [String: [String]] = [:]
        for screen in FormSession(form: form, startedAt: Date(timeIntervalSince1970: 0)).screens(in: form) {
            for question in screen.questions where !question.choices.isEmpty {
                offered[question.question.path] = question.choices.map(\.value)
            }
        }
        for item in checklist {
            guard let condition = item.parsedCondition else { continue }
            var seen = Set<String>()
            for path in condition.paths {
                guard let plain = Self.plainPath(path), seen.insert(plain).inserted else { continue }
                if form.question(at: plain) == nil {
                    problems.append("\(id): checklist item \(item.id): \(plain) is not a question of form \(form.id)")
                }
            }
            for (path, value) in Self.comparedValues(in: condition) {
                guard let question = form.question(at: path), question.control != .input,
                    let values = question.hasDynamicChoices ? offered[path] : question.choices.map(\.value),
                    !values.contains(value)
                else { continue }
                problems.append(
                    "\(id): checklist item \(item.id): \(path) has no choice '\(value)' in form \(form.id)")
            }
        }
        return problems
    }

    /// "/data/a/b" for an absolute path of plain child steps ("/data/child[2]/x" and relative paths
    /// are left to evaluation).
    static func plainPath(_ path: XPathPath) -> String? {
        guard path.start == .root else { return nil }
        var names: [String] = []
        for step in path.steps {
            guard step.axis == .child, step.predicates.isEmpty, case .name(let name) = step.test else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : "/" + names.joined(separator: "/")
    }

    /// Every (path, literal) pair the expression tests a select answer against.
    static func comparedValues(in expression: XPathExpression) -> [(String, String)] {
        switch expression {
        case .function(let name, let arguments):
            var found = arguments.flatMap(comparedValues(in:))
            if name == "selected", arguments.count == 2, case .path(let path) = arguments[0],
                case .string(let value) = arguments[1], let plain = plainPath(path)
            {
                found.append((plain, value))
            }
            return found
        case .binary(let op, let left, let right):
            var found = comparedValues(in: left) + comparedValues(in: right)
            if op == .equal || op == .notEqual {
                if case .path(let path) = left, case .string(let value) = right, let plain = plainPath(path) {
                    found.append((plain, value))
                } else if case .string(let value) = left, case .path(let path) = right, let plain = plainPath(path) {
                    found.append((plain, value))
                }
            }
            return found
        case .negate(let inner):
            return comparedValues(in: inner)
        case .filter(let inner, let predicates):
            return comparedValues(in: inner) + predicates.flatMap(comparedValues(in:))
        case .string, .number, .path:
            return []
        }
    }
}
