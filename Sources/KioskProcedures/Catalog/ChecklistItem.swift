import KioskForms

/// One original document a citizen must bring, with its picture and, when it is needed only in some
/// cases, the condition on the form's answers that says so.
public struct ChecklistItem: Sendable, Equatable {
    /// Unique within its procedure, e.g. "witness-statement"; the prompt id of its words is
    /// "checklist.<procedure>.<id>" (``promptID(procedure:)``).
    public var id: String
    /// The picture's name: the file Assets/procedures/pictures/<picture>.svg.
    public var picture: String
    /// What to bring, by language code.
    public var words: [String: String]
    /// The case in which it is needed, in words ("If the child was born at home"), by language code;
    /// empty for an item everyone brings. Shown on the checklist before the form is filled.
    public var when: [String: String]
    /// An ODK XPath boolean expression over the submission's answers
    /// (`selected(/data/child/birth_place, 'home')`); nil = always needed.
    public let condition: String?
    /// `condition` as parsed when the catalog was read, so a bad one is refused then and not in front
    /// of a citizen.
    public let parsedCondition: XPathExpression?
    /// Needed only if the citizen has it ("if you still have it"): it helps, nobody is turned back
    /// without it.
    public var ifAvailable: Bool

    /// Parses `condition` (typed error ``CatalogError/invalidCondition(procedure:item:reason:)`` with
    /// an empty procedure id; the catalog reader fills it in).
    public init(
        id: String, picture: String, words: [String: String], when: [String: String] = [:],
        condition: String? = nil, ifAvailable: Bool = false
    ) throws(CatalogError) {
        self.id = id
        self.picture = picture
        self.words = words
        self.when = when
        self.condition = condition
        self.ifAvailable = ifAvailable
        parsedCondition = try condition.map { text throws(CatalogError) in
            try Self.parse(condition: text, procedure: "", item: id)
        }
    }

    /// The words in `language`, else in Vietnamese.
    public func words(in language: String) -> String {
        words[language] ?? words["vi"] ?? id
    }

    /// The case in `language`, else in Vietnamese; nil for an item everyone brings.
    public func when(in language: String) -> String? {
        when[language] ?? when["vi"]
    }

    /// "checklist.<procedure>.<item>": the prompt that speaks the words; the case is
    /// "checklist.<procedure>.<item>.when".
    public func promptID(procedure: String) -> String {
        "checklist.\(procedure).\(id)"
    }

    /// Parses a condition and checks that it calls only functions the form engine knows and reads only
    /// the primary instance (a checklist has no choice lists to read).
    static func parse(condition: String, procedure: String, item: String) throws(CatalogError) -> XPathExpression {
        let expression: XPathExpression
        do {
            expression = try XPathExpression.parse(condition)
        } catch {
            throw .invalidCondition(procedure: procedure, item: item, reason: "\(error)")
        }
        if let problem = XPathFunctions.problems(in: expression).first {
            throw .invalidCondition(procedure: procedure, item: item, reason: problem)
        }
        if let path = expression.paths.first(where: { $0.instanceID != nil }), let id = path.instanceID {
            throw .invalidCondition(
                procedure: procedure, item: item, reason: "instance('\(id)') is not available to a checklist")
        }
        return expression
    }
}
