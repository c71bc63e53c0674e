/// The regular expressions of ODK's `regex(value, pattern)`, matched in linear time.
///
/// Why not NSRegularExpression: ICU backtracks, so a form pattern such as `(a+)+$` can hang the kiosk
/// on a 30-character answer, and Foundation offers no time limit. This is a Thompson/Pike NFA: time is
/// O(pattern × value) whatever the pattern. It covers what forms use (classes, `\d \w \s`, anchors,
/// groups, alternation, greedy or lazy `* + ? {n,m}`); back-references and look-around are refused.
/// As in JavaRosa (Java's `Pattern.matches`, checked against JavaRosa itself by the ODK compatibility
/// tests), the pattern must match the whole value: a constraint `regex(., '[0-9]{12}')` accepts
/// twelve digits, not any answer that contains twelve digits somewhere.
struct XPathRegex {
    /// Longest pattern accepted, in Unicode scalars.
    static let maximumPatternLength = 1000
    /// Largest compiled program; counted repetition (`{1,500}`) is expanded, so it is bounded here.
    static let maximumProgramSize = 4000
    /// Longest value tested, in Unicode scalars; with the program bound this caps the work per call.
    static let maximumValueLength = 4096

    /// A set of characters: one atom of the pattern.
    struct CharacterSet: Equatable {
        var ranges: [ClosedRange<UInt32>] = []
        var negated = false

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) } != negated
        }

        static func single(_ scalar: Unicode.Scalar) -> CharacterSet {
            CharacterSet(ranges: [scalar.value...scalar.value])
        }

        static let digit = CharacterSet(ranges: [48...57])
        static let word = CharacterSet(ranges: [48...57, 65...90, 95...95, 97...122])
        static let space = CharacterSet(ranges: [9...13, 32...32])
        static let anyButNewline = CharacterSet(ranges: [10...10, 13...13], negated: true)
    }

    indirect enum Node: Equatable {
        case empty
        case set(CharacterSet)
        case lineStart
        case lineEnd
        case sequence([Node])
        case choice([Node])
        case repeated(Node, min: Int, max: Int?)
    }

    let program: [Instruction]

    /// Compiles a pattern; errors are plain messages that the caller wraps in an XPathError.
    init(_ pattern: String) throws(RegexError) {
        let scalars = Array(pattern.unicodeScalars)
        guard scalars.count <= Self.maximumPatternLength else {
            throw RegexError("pattern longer than \(Self.maximumPatternLength) characters")
        }
        var parser = Parser(scalars: scalars)
        let node = try parser.parseAlternation(depth: 0)
        guard parser.atEnd else { throw RegexError("unbalanced ')' in pattern") }
        var compiler = Compiler()
        try compiler.emit(node)
        compiler.program.append(.match)
        program = compiler.program
    }

    struct RegexError: Error {
        var message: String

        init(_ message: String) {
            self.message = message
        }
    }

    /// Reads the pattern syntax into a tree; recursion only for groups, at most 32 deep.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        var atEnd: Bool { index >= scalars.count }

        func peek() -> Unicode.Scalar? {
            index < scalars.count ? scalars[index] : nil
        }

        mutating func parseAlternation(depth: Int) throws(RegexError) -> Node {
            guard depth <= 32 else { throw RegexError("groups nested deeper than 32") }
            var branches = [try parseSequence(depth: depth)]
            while peek() == "|" {
                index += 1
                branches.append(try parseSequence(depth: depth))
            }
            return branches.count == 1 ? branches[0] : .choice(branches)
        }

        private mutating func parseSequence(depth: Int) throws(RegexError) -> Node {
            var items: [Node] = []
            while let char = peek(), char != "|", char != ")" {
                let atom = try parseAtom(depth: depth)
                items.append(try parseQuantifier(on: atom))
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        private mutating func parseAtom(depth: Int) throws(RegexError) -> Node {
            guard let char = peek() else { throw RegexError("pattern ended unexpectedly") }
            index += 1
            switch char {
            case "^": return .lineStart
            case "$": return .lineEnd
            case ".": return .set(.anyButNewline)
            case "(":
                if peek() == "?" {
                    guard index + 1 < scalars.count, scalars[index + 1] == ":" else {
                        throw RegexError("look-around and inline flags are not supported")
                    }
                    index += 2
                }
                let inner = try parseAlternation(depth: depth + 1)
                guard peek() == ")" else { throw RegexError("missing ')' in pattern") }
                index += 1
                return inner
            case "[": return .set(try parseClass())
            case "\\": return .set(try parseEscape(inClass: false))
            case "*", "+", "?": throw RegexError("nothing to repeat before '\(char)'")
            case "{":
                // Java and JavaScript read a '{' that opens no valid quantifier differently; refuse it.
                throw RegexError("nothing to repeat before '{'")
            default: return .set(.single(char))
            }
        }

        private mutating func parseQuantifier(on atom: Node) throws(RegexError) -> Node {
            var result = atom
            while let char = peek(), "*+?{".unicodeScalars.contains(char) {
                if case .lineStart = atom { throw RegexError("cannot repeat an anchor") }
                if case .lineEnd = atom { throw RegexError("cannot repeat an anchor") }
                index += 1
                switch char {
                case "*": result = .repeated(result, min: 0, max: nil)
                case "+": result = .repeated(result, min: 1, max: nil)
                case "?": result = .repeated(result, min: 0, max: 1)
                default:
                    let (low, high) = try parseBraces()
                    result = .repeated(result, min: low, max: high)
                }
                // Lazy or greedy is the same question for "is there a match"; possessive is not.
                if peek() == "?" {
                    index += 1
                } else if peek() == "+" {
                    throw RegexError("possessive quantifiers are not supported")
                }
            }
            return result
        }

        private mutating func number() -> Int? {
            var value: Int?
            while let char = peek(), char >= "0", char <= "9" {
                value = min((value ?? 0) * 10 + Int(char.value - 48), 100_000)
                index += 1
            }
            return value
        }

        private mutating func parseBraces() throws(RegexError) -> (Int, Int?) {
            guard let low = number() else { throw RegexError("expected a number after '{'") }
            var high: Int? = low
            if peek() == "," {
                index += 1
                high = number()
            }
            guard peek() == "}" else { throw RegexError("expected '}' in a repetition") }
            index += 1
            if let high, high < low { throw RegexError("repetition {\(low),\(high)} is out of order") }
            guard low <= 1000, (high ?? 0) <= 1000 else { throw RegexError("repetition count above 1000") }
            return (low, high)
        }

        private mutating func parseClass() throws(RegexError) -> CharacterSet {
            var set = CharacterSet()
            if peek() == "^" {
                set.negated = true
                index += 1
            }
            var first = true
            while let char = peek(), char != "]" || first {
                first = false
                index += 1
                var low: CharacterSet
                if char == "\\" { low = try parseEscape(inClass: true) } else { low = .single(char) }
                if peek() == "-", index + 1 < scalars.count, scalars[index + 1] != "]", low.ranges.count == 1,
                    !low.negated, let start = low.ranges.first?.lowerBound
                {
                    index += 1
                    let endChar = scalars[index]
                    index += 1
                    let end = endChar == "\\" ? try parseEscape(inClass: true) : .single(endChar)
                    guard end.ranges.count == 1, !end.negated, let stop = end.ranges.first?.lowerBound, stop >= start
                    else { throw RegexError("bad range in character class") }
                    low = CharacterSet(ranges: [start...stop])
                }
                set.ranges += low.negated ? Self.complement(low.ranges) : low.ranges
            }
            guard peek() == "]" else { throw RegexError("missing ']' in pattern") }
            index += 1
            return set
        }

        static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
            var result: [ClosedRange<UInt32>] = []
            var next: UInt32 = 0
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
                next = max(next, range.upperBound &+ 1)
            }
            if next <= 0x10FFFF { result.append(next...0x10FFFF) }
            return result
        }

        private mutating func parseEscape(inClass: Bool) throws(RegexError) -> CharacterSet {
            guard let char = peek() else { throw RegexError("pattern ends with '\\'") }
            index += 1
            switch char {
            case "d": return .digit
            case "D": return CharacterSet(ranges: CharacterSet.digit.ranges, negated: true)
            case "w": return .word
            case "W": return CharacterSet(ranges: CharacterSet.word.ranges, negated: true)
            case "s": return .space
            case "S": return CharacterSet(ranges: CharacterSet.space.ranges, negated: true)
            case "t": return .single("\t")
            case "n": return .single("\n")
            case "r": return .single("\r")
            case "f": return .single("\u{0C}")
            case "v": return .single("\u{0B}")
            case "u":
                var value: UInt32 = 0
                for _ in 0..<4 {
                    guard let digit = peek(), let hex = UInt32(String(digit), radix: 16) else {
                        throw RegexError("expected 4 hex digits after \\u")
                    }
                    value = value * 16 + hex
                    index += 1
                }
                guard let scalar = Unicode.Scalar(value) else { throw RegexError("\\u escape is not a character") }
                return .single(scalar)
            case "0"..."9", "b", "B", "k", "p", "P":
                throw RegexError("\\\(char) is not supported")
            default:
                if char.properties.isAlphabetic { throw RegexError("unknown escape \\\(char)") }
                return .single(char)
            }
        }
    }
}
