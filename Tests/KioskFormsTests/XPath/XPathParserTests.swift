import Testing

@testable import KioskForms

@Suite struct XPathParserTests {
    private static func path(_ start: XPathPath.Start = .context, _ names: String...) -> XPathExpression {
        .path(XPathPath(start: start, steps: names.map { XPathPath.Step(axis: .child, test: .name($0)) }))
    }

    @Test func precedenceBuildsTheExpectedTree() throws {
        #expect(
            try XPathExpression.parse("1 + 2 * 3")
                == .binary(.plus, .number(1), .binary(.multiply, .number(2), .number(3))))
        #expect(
            try XPathExpression.parse("1 - 2 - 3")
                == .binary(.minus, .binary(.minus, .number(1), .number(2)), .number(3)))
        #expect(
            try XPathExpression.parse("a or b and c")
                == .binary(
                    .or, Self.path(.context, "a"), .binary(.and, Self.path(.context, "b"), Self.path(.context, "c"))))
        #expect(
            try XPathExpression.parse("1 < 2 = 3 > 4")
                == .binary(.equal, .binary(.less, .number(1), .number(2)), .binary(.greater, .number(3), .number(4))))
        #expect(
            try XPathExpression.parse("-a | b")
                == .negate(.binary(.union, Self.path(.context, "a"), Self.path(.context, "b"))))
        // Operator names are names again where an operand is expected: element "div" divided by element "div".
        #expect(
            try XPathExpression.parse("div div div")
                == .binary(.divide, Self.path(.context, "div"), Self.path(.context, "div")))
        #expect(
            try XPathExpression.parse("* * *")
                == .binary(
                    .multiply, .path(XPathPath(start: .context, steps: [XPathPath.Step(axis: .child, test: .any)])),
                    .path(XPathPath(start: .context, steps: [XPathPath.Step(axis: .child, test: .any)]))))
    }

    @Test(arguments: [
        ("1+2*3", "1 + 2 * 3"),
        ("(1+2)*3", "(1 + 2) * 3"),
        ("1-(2-3)", "1 - (2 - 3)"),
        ("- -1", "--1"),
        ("/data/a[1]/b", "/data/a[1]/b"),
        ("//item", "//item"),
        ("../x", "../x"),
        (".", "."),
        ("/", "/"),
        ("@id", "@id"),
        ("./name", "./name"),
        ("a//b", "a//b"),
        (
            "instance('communes')/root/item[province = current()/../province]/name",
            "instance('communes')/root/item[province = current()/../province]/name"
        ),
        ("jr:choice-name( /data/q , ' /data/q ')", "jr:choice-name(/data/q, ' /data/q ')"),
        ("(/data/a | /data/b)[2]", "(/data/a | /data/b)[2]"),
        ("(/data/a | /data/b)/c", "(/data/a | /data/b)/c"),
        ("/data/orx:meta/orx:instanceID", "/data/orx:meta/orx:instanceID"),
        ("child::a/parent::node()/self::b", "a/../self::b"),
        ("\"it's\"", "\"it's\""),
        ("/data/x/text()", "/data/x/text()"),
        ("1.5 + .5 + 2.", "1.5 + 0.5 + 2"),
    ])
    func printsCanonicalTextThatParsesBackToTheSameTree(source: String, canonical: String) throws {
        let parsed = try XPathExpression.parse(source)
        #expect(parsed.description == canonical)
        #expect(try XPathExpression.parse(parsed.description) == parsed)
    }

    @Test func namedStartsAreRecognised() throws {
        guard case .path(let path) = try XPathExpression.parse("instance('communes')/root/item") else {
            Issue.record("not a path")
            return
        }
        #expect(path.start == .instance("communes"))
        #expect(path.isAbsolute)
        #expect(path.instanceID == "communes")
        #expect(path.steps.map(\.test) == [.name("root"), .name("item")])
        guard case .path(let current) = try XPathExpression.parse("current()/../province") else {
            Issue.record("not a path")
            return
        }
        #expect(current.start == .current)
        #expect(!current.isAbsolute)
        #expect(current.steps.first?.axis == .parent)
        guard case .path(let descendant) = try XPathExpression.parse("//item") else {
            Issue.record("not a path")
            return
        }
        #expect(descendant.start == .root)
        #expect(descendant.steps.first == XPathPath.Step(axis: .descendantOrSelf, test: .node))
    }

    @Test(arguments: [
        ("1 +", "expected an expression but the expression ended"),
        ("(1 + 2", "expected ')' but the expression ended"),
        ("concat('a', 'b'", "expected ')' to close concat( but the expression ended"),
        ("/data/a[1", "expected ']' but the expression ended"),
        ("1 2", "unexpected '2' after a complete expression"),
        ("a b", "expected an operator but found 'b'"),
        ("'abc", "unterminated string literal starting at 1"),
        ("1 # 2", "unexpected character '#' at 3"),
        ("a ! b", "unexpected character '!' at 3"),
        ("$x + 1", "variables ($name) are not supported"),
        ("ancestor::x", "unsupported axis ancestor:: (ODK XForms allows child, parent, self, attribute)"),
        ("/data/comment()", "unsupported node test comment()"),
        ("", "empty expression"),
        ("   ", "empty expression"),
        (")", "unexpected ')'"),
        ("/data/", "expected a step but the expression ended"),
        ("a:", "unexpected ':' after 'a'"),
    ])
    func rejectsMalformedExpressionsClearly(source: String, message: String) {
        #expect(throws: XPathError(message: message, expression: source)) {
            try XPathExpression.parse(source)
        }
    }

    @Test func boundsNestingLengthAndHeight() throws {
        let deepest = String(repeating: "(", count: 63) + "1" + String(repeating: ")", count: 63)
        #expect(try XPathExpression.parse(deepest) == .number(1))
        let tooDeep = String(repeating: "(", count: 65) + "1" + String(repeating: ")", count: 65)
        #expect(throws: XPathError(message: "nested deeper than 64 levels", expression: tooDeep)) {
            try XPathExpression.parse(tooDeep)
        }
        let calls = String(repeating: "not(", count: 100) + "1" + String(repeating: ")", count: 100)
        #expect(throws: XPathError(message: "nested deeper than 64 levels", expression: calls)) {
            try XPathExpression.parse(calls)
        }
        let predicates = String(repeating: "a[", count: 100) + "1" + String(repeating: "]", count: 100)
        #expect(throws: XPathError(message: "nested deeper than 64 levels", expression: predicates)) {
            try XPathExpression.parse(predicates)
        }
        let longChain = Array(repeating: "1", count: 300).joined(separator: " + ")
        #expect(
            throws: XPathError(
                message: "expression too complex (more than 256 levels of operators)", expression: longChain)
        ) {
            try XPathExpression.parse(longChain)
        }
        let fineChain = Array(repeating: "1", count: 200).joined(separator: " + ")
        #expect(try XPathExpression.parse(fineChain).description == fineChain)
        let minuses = String(repeating: "-", count: 300) + "1"
        #expect(throws: XPathError.self) { try XPathExpression.parse(minuses) }
        let long = "'" + String(repeating: "x", count: 16 * 1024) + "'"
        do {
            _ = try XPathExpression.parse(long)
            Issue.record("16 KiB + 2 parsed")
        } catch {
            #expect(error.message == "expression longer than 16 KiB (16386 bytes)")
        }
    }

    @Test func collectsEveryPathAndCall() throws {
        let expression = try XPathExpression.parse(
            "if(selected(/data/choices, 'a'), count(instance('communes')/root/item[province = current()/../province]), jr:choice-name(/data/q, '/data/q'))"
        )
        #expect(
            expression.paths.map(\.description) == [
                "/data/choices", "instance('communes')/root/item[province = current()/../province]", "province",
                "current()/../province", "/data/q",
            ])
        #expect(
            expression.calls == [
                XPathFunctionCall(name: "if", arity: 3), XPathFunctionCall(name: "selected", arity: 2),
                XPathFunctionCall(name: "count", arity: 1), XPathFunctionCall(name: "instance", arity: 1),
                XPathFunctionCall(name: "current", arity: 0), XPathFunctionCall(name: "jr:choice-name", arity: 2),
            ])
        #expect(expression.functionCalls.map(\.name) == expression.calls.map(\.name))
        #expect(expression.functionCalls.map(\.arity) == [3, 2, 1, 1, 0, 2])
        #expect(try XPathExpression.parse("'just text'").paths.isEmpty)
    }

    @Test func staticChecksFindUnknownFunctionsAndWrongArity() throws {
        #expect(XPathFunctions.arity(of: "concat")?.min == 0)
        #expect(XPathFunctions.arity(of: "concat")?.max == nil)
        #expect(XPathFunctions.arity(of: "round")?.min == 1)
        #expect(XPathFunctions.arity(of: "round")?.max == 2)
        #expect(XPathFunctions.arity(of: "foo") == nil)
        #expect(XPathFunctions.unsupportedReason(for: "digest") != nil)
        #expect(XPathFunctions.unsupportedReason(for: "concat") == nil)
        let expression = try XPathExpression.parse(
            "foo(1) + substr('a') + digest('a', 'MD5') + indexed-repeat(/a, /b, 1, /c)")
        #expect(
            XPathFunctions.problems(in: expression) == [
                "unknown function foo()", "substr() takes 2 to 3 arguments, not 1",
                "digest() is not supported: no hash functions in the pure forms module (Foundation only)",
                "indexed-repeat() takes pairs of repeat and index",
            ])
    }
}
