/// A label or hint as the form writes it: an itext id (from `ref="jr:itext('...')"`), a literal
/// text, or both (the literal then serves where the id has no text).
///
/// It is resolved to words only when shown, with `XForm.text(for:language:form:)`, because the
/// citizen may switch language at any question.
public struct Label: Sendable, Equatable {
    public var itextID: String?
    public var literal: String?
    /// The literal with its `<output>`s, when it has any.
    var template: TextTemplate?

    public init(itextID: String? = nil, literal: String? = nil) {
        self.itextID = itextID
        self.literal = literal
    }
}
