/// One item of a select question: the value stored in the answer and the label shown for it.
public struct Choice: Sendable, Equatable {
    public var value: String
    public var label: Label

    public init(value: String, label: Label) {
        self.value = value
        self.label = label
    }
}
