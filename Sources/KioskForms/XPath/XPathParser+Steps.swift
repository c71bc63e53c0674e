extension XPathParser {
    /// RelativeLocationPath ::= Step (('/' | '//') Step)*; with `afterSlash` the first separator is still
    /// to be read (a filter expression such as `instance('x')` came before it).
    mutating func parseRelativeSteps(afterSlash: Bool) throws(XPathError) -> (steps: [XPathPath.Step], height: Int) {
        var steps: [XPathPath.Step] = []
        var height = 1
        var needsSeparator = afterSlash
        while true {
            if needsSeparator {
                switch peek() {
                case .slash:
                    index += 1
                case .doubleSlash:
                    index += 1
                    steps.append(XPathPath.Step(axis: .descendantOrSelf, test: .node))
                default:
                    return (steps, height)
                }
            }
            let step = try parseStep()
            steps.append(step.step)
            height = max(height, step.height)
            needsSeparator = true
        }
    }

    /// Step ::= AxisSpecifier NodeTest Predicate* | '.' | '..'
    private mutating func parseStep() throws(XPathError) -> (step: XPathPath.Step, height: Int) {
        switch peek() {
        case .dot:
            index += 1
            return (XPathPath.Step(axis: .self, test: .node), 1)
        case .doubleDot:
            index += 1
            return (XPathPath.Step(axis: .parent, test: .node), 1)
        default:
            break
        }
        var axis = XPathPath.Axis.child
        if peek() == .at {
            index += 1
            axis = .attribute
        } else if case .axisName(let name) = peek() {
            index += 1
            guard let known = XPathPath.Axis(rawValue: name) else {
                throw fail("unsupported axis \(name):: (ODK XForms allows child, parent, self, attribute)")
            }
            axis = known
        }
        let test = try parseNodeTest()
        var predicates: [XPathExpression] = []
        var height = 1
        while peek() == .leftBracket {
            let predicate = try parsePredicate()
            predicates.append(predicate.expression)
            height = max(height, predicate.height + 1)
        }
        return (XPathPath.Step(axis: axis, test: test, predicates: predicates), height)
    }

    private mutating func parseNodeTest() throws(XPathError) -> XPathPath.NodeTest {
        switch take() {
        case .name(let name):
            return name == "*" || name.hasSuffix(":*") ? .any : .name(name)
        case .functionName(let type):
            try expect(.leftParen, "'('")
            try expect(.rightParen, "')' after \(type)(")
            switch type {
            case "node": return .node
            case "text": return .text
            default: throw fail("unsupported node test \(type)()")
            }
        case nil:
            throw fail("expected a step but the expression ended")
        case let token?:
            throw fail("expected a step but found '\(token.display)'")
        }
    }
}
