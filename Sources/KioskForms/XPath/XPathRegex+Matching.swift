extension XPathRegex {
    /// One instruction of the NFA program.
    enum Instruction: Equatable {
        case character(CharacterSet)
        case split(Int, Int)
        case jump(Int)
        case assertStart
        case assertEnd
        case match
    }

    /// Turns the tree into a program, expanding counted repetition within ``maximumProgramSize``.
    struct Compiler {
        var program: [Instruction] = []

        private mutating func append(_ instruction: Instruction) throws(RegexError) {
            guard program.count < XPathRegex.maximumProgramSize else {
                throw RegexError("pattern too large (over \(XPathRegex.maximumProgramSize) steps once expanded)")
            }
            program.append(instruction)
        }

        mutating func emit(_ node: Node) throws(RegexError) {
            switch node {
            case .empty:
                break
            case .set(let set):
                try append(.character(set))
            case .lineStart:
                try append(.assertStart)
            case .lineEnd:
                try append(.assertEnd)
            case .sequence(let items):
                for item in items { try emit(item) }
            case .choice(let branches):
                var jumps: [Int] = []
                for (offset, branch) in branches.enumerated() {
                    if offset == branches.count - 1 {
                        try emit(branch)
                        break
                    }
                    let split = program.count
                    try append(.split(split + 1, 0))
                    try emit(branch)
                    jumps.append(program.count)
                    try append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
                for jump in jumps { program[jump] = .jump(program.count) }
            case .repeated(let inner, let low, let high):
                for _ in 0..<low { try emit(inner) }
                if let high {
                    // Each optional copy may be skipped to the end.
                    var splits: [Int] = []
                    for _ in low..<high {
                        splits.append(program.count)
                        try append(.split(program.count + 1, 0))
                        try emit(inner)
                    }
                    for split in splits { program[split] = .split(split + 1, program.count) }
                } else {
                    let loop = program.count
                    try append(.split(loop + 1, 0))
                    try emit(inner)
                    try append(.jump(loop))
                    program[loop] = .split(loop + 1, program.count)
                }
            }
        }
    }

    /// Whether the pattern matches the whole of `value` (Pike VM: every thread advances in lock step).
    func matches(_ value: String) throws(RegexError) -> Bool {
        let input = Array(value.unicodeScalars)
        guard input.count <= Self.maximumValueLength else {
            throw RegexError("value longer than \(Self.maximumValueLength) characters")
        }
        var current: [Int] = []
        var next: [Int] = []
        // The position at which each instruction was last added, so a thread list never holds duplicates.
        var mark = [Int](repeating: -1, count: program.count)
        for position in 0...input.count {
            // A whole-value match: the only thread starts at the first position.
            if position == 0, add(0, at: position, of: input.count, to: &current, mark: &mark) { return true }
            if position == input.count { break }
            next.removeAll(keepingCapacity: true)
            let scalar = input[position]
            for pc in current {
                if case .character(let set) = program[pc], set.contains(scalar) {
                    if add(pc + 1, at: position + 1, of: input.count, to: &next, mark: &mark) { return true }
                }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds a thread and follows jumps, splits and assertions; true when it reaches `match`.
    private func add(_ start: Int, at position: Int, of length: Int, to list: inout [Int], mark: inout [Int]) -> Bool {
        var stack = [start]
        while let pc = stack.popLast() {
            guard pc < program.count, mark[pc] != position else { continue }
            mark[pc] = position
            switch program[pc] {
            case .match:
                // Only a match that used up the whole value counts.
                if position == length { return true }
            case .jump(let target):
                stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assertStart:
                if position == 0 { stack.append(pc + 1) }
            case .assertEnd:
                if position == length { stack.append(pc + 1) }
            case .character:
                list.append(pc)
            }
        }
        return false
    }
}
