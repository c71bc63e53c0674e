/// Splits an expression into tokens; fails on characters XPath does not know.
struct XPathLexer {
    private let scalars: [Unicode.Scalar]
    private let source: String
    private var index = 0
    private(set) var tokens: [XPathToken] = []

    init(_ source: String) {
        self.source = source
        self.scalars = Array(source.unicodeScalars)
    }

    /// Tokenizes the whole input.
    static func tokenize(_ source: String) throws(XPathError) -> [XPathToken] {
        var lexer = XPathLexer(source)
        try lexer.run()
        return lexer.tokens
    }

    private func fail(_ message: String) -> XPathError {
        XPathError(message: message, expression: source)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let at = index + offset
        return at < scalars.count ? scalars[at] : nil
    }

    private var operatorContext: Bool {
        tokens.last?.makesNextAnOperator ?? false
    }

    private mutating func run() throws(XPathError) {
        while let char = peek() {
            switch char {
            case " ", "\t", "\n", "\r":
                index += 1
            case "(": emit(.leftParen, width: 1)
            case ")": emit(.rightParen, width: 1)
            case "[": emit(.leftBracket, width: 1)
            case "]": emit(.rightBracket, width: 1)
            case ",": emit(.comma, width: 1)
            case "@": emit(.at, width: 1)
            case "$": emit(.dollar, width: 1)
            case "|": emit(.operator(.union), width: 1)
            case "+": emit(.operator(.plus), width: 1)
            case "-": emit(.operator(.minus), width: 1)
            case "=": emit(.operator(.equal), width: 1)
            case "!":
                guard peek(1) == "=" else { throw fail("unexpected character '!' at \(index + 1)") }
                emit(.operator(.notEqual), width: 2)
            case "<":
                peek(1) == "=" ? emit(.operator(.lessOrEqual), width: 2) : emit(.operator(.less), width: 1)
            case ">":
                peek(1) == "=" ? emit(.operator(.greaterOrEqual), width: 2) : emit(.operator(.greater), width: 1)
            case "/":
                peek(1) == "/" ? emit(.doubleSlash, width: 2) : emit(.slash, width: 1)
            case "*":
                operatorContext ? emit(.operator(.multiply), width: 1) : emit(.name("*"), width: 1)
            case "'", "\"":
                try lexLiteral(quote: char)
            case ".":
                if let next = peek(1), Self.isDigit(next) {
                    lexNumber()
                } else if peek(1) == "." {
                    emit(.doubleDot, width: 2)
                } else {
                    emit(.dot, width: 1)
                }
            default:
                if Self.isDigit(char) {
                    lexNumber()
                } else if Self.isNameStart(char) {
                    try lexName()
                } else {
                    throw fail("unexpected character '\(Character(char))' at \(index + 1)")
                }
            }
        }
    }

    private mutating func emit(_ token: XPathToken, width: Int) {
        tokens.append(token)
        index += width
    }

    private mutating func lexLiteral(quote: Unicode.Scalar) throws(XPathError) {
        let start = index
        index += 1
        var text = String.UnicodeScalarView()
        while let char = peek(), char != quote {
            text.append(char)
            index += 1
        }
        guard peek() == quote else { throw fail("unterminated string literal starting at \(start + 1)") }
        index += 1
        tokens.append(.literal(String(text)))
    }

    private mutating func lexNumber() {
        var text = ""
        var seenDot = false
        while let char = peek(), Self.isDigit(char) || (char == "." && !seenDot) {
            if char == "." { seenDot = true }
            text.unicodeScalars.append(char)
            index += 1
        }
        // Digits with at most one dot always parse once a trailing dot gets a zero ("1." is 1).
        if text.hasSuffix(".") { text += "0" }
        tokens.append(.number(Double(text) ?? .nan))
    }

    private mutating func readNCName() -> String {
        var name = String.UnicodeScalarView()
        while let char = peek(), Self.isNameChar(char) {
            name.append(char)
            index += 1
        }
        return String(name)
    }

    private mutating func lexName() throws(XPathError) {
        var name = readNCName()
        if operatorContext {
            switch name {
            case "and": tokens.append(.operator(.and))
            case "or": tokens.append(.operator(.or))
            case "div": tokens.append(.operator(.divide))
            case "mod": tokens.append(.operator(.modulo))
            default: throw fail("expected an operator but found '\(name)'")
            }
            return
        }
        // A prefix: "jr:choice-name", "orx:meta", "jr:*"; but not the axis separator "::".
        if peek() == ":" && peek(1) != ":" {
            if peek(1) == "*" {
                index += 2
                tokens.append(.name(name + ":*"))
                return
            }
            if let next = peek(1), Self.isNameStart(next) {
                index += 1
                name += ":" + readNCName()
            } else {
                throw fail("unexpected ':' after '\(name)'")
            }
        }
        var look = index
        while look < scalars.count, scalars[look] == " " || scalars[look] == "\t" || scalars[look] == "\n" {
            look += 1
        }
        if look < scalars.count, scalars[look] == "(" {
            tokens.append(.functionName(name))
        } else if look + 1 < scalars.count, scalars[look] == ":", scalars[look + 1] == ":" {
            tokens.append(.axisName(name))
            index = look + 2
        } else {
            tokens.append(.name(name))
        }
    }

    static func isDigit(_ char: Unicode.Scalar) -> Bool {
        char >= "0" && char <= "9"
    }

    static func isNameStart(_ char: Unicode.Scalar) -> Bool {
        (char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || char == "_" || char.value >= 0xC0
    }

    static func isNameChar(_ char: Unicode.Scalar) -> Bool {
        isNameStart(char) || isDigit(char) || char == "-" || char == "." || char.value == 0xB7
    }
}
