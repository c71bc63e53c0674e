extension FormReader {
    /// Load-time checks of every expression: functions exist with a valid number of arguments, and
    /// paths that can be resolved without data name nodes of the instance.
    func check(_ controls: [FormControl]) throws(FormError) {
        for bind in binds {
            for (name, expression) in bind.allExpressions {
                try check(expression, context: bind.nodeset, place: "\(name) of \(bind.nodeset)")
            }
        }
        for question in controls.flatMap(\.questions) {
            if let itemset = question.itemset {
                try check(itemset.nodeset, context: question.path, place: "itemset of \(question.path)")
            }
            for output in [question.label.template, question.hint?.template].compactMap(\.self).flatMap(\.outputs) {
                try check(output, context: question.path, place: "output in \(question.path)")
            }
        }
        for repeatGroup in controls.flatMap(\.repeats) {
            if let count = repeatGroup.count {
                try check(count, context: repeatGroup.path, place: "jr:count of \(repeatGroup.path)")
            }
        }
        for translation in translations {
            for (id, forms) in translation.texts {
                for output in forms.values.flatMap(\.outputs) {
                    try check(output, context: "", place: "output in itext \(id)", resolve: false)
                }
            }
        }
    }

    func check(_ expression: FormExpression, context: String, place: String, resolve: Bool = true) throws(FormError) {
        for call in expression.parsed.calls {
            guard let arity = XPathFunctions.arity(of: call.name) else {
                throw .badExpression(context: place, message: "unknown function \(call.name)()")
            }
            guard call.arity >= arity.min, arity.max.map({ call.arity <= $0 }) ?? true else {
                throw .badExpression(
                    context: place, message: "\(call.name)() takes \(Self.describe(arity)), not \(call.arity)")
            }
        }
        for path in expression.parsed.paths {
            if case .instance(let id) = path.start, secondaryIDs[id] == nil {
                throw .unresolvedReference("instance('\(id)') in \(place)")
            }
        }
        guard resolve else { return }
        for path in expression.parsed.paths where path.start == .root || path.start == .current {
            guard path.steps.allSatisfy({ [.child, .parent, .self].contains($0.axis) && $0.isNamedOrSelf }) else {
                continue
            }
            guard case .primary = Reference.resolve(path, context: context, paths: paths).first else {
                throw .unresolvedReference("\(Self.text(of: path)) in \(place)")
            }
        }
    }

    static func describe(_ arity: (min: Int, max: Int?)) -> String {
        guard let max = arity.max else { return "at least \(arity.min) arguments" }
        return arity.min == max ? "\(max) arguments" : "\(arity.min) to \(max) arguments"
    }

    /// A path as a person would write it, for messages.
    static func text(of path: XPathPath) -> String {
        let steps = path.steps.map { step -> String in
            switch (step.axis, step.test) {
            case (.parent, _): ".."
            case (.self, _): "."
            case (_, .name(let name)): name
            default: "*"
            }
        }
        let start = path.start == .current ? "current()/" : "/"
        return start + steps.joined(separator: "/")
    }
}

extension XPathPath.Step {
    /// A step that can be followed without data: a named child, `..` or `.`.
    var isNamedOrSelf: Bool {
        switch (axis, test) {
        case (.child, .name), (.parent, _), (.self, _): true
        default: false
        }
    }
}
