/// How a piece of text is set: size in pixels, weight, colour, alignment.
public struct TextStyle: Sendable, Equatable, Hashable {
    public enum Weight: Sendable, Equatable, Hashable { case regular, bold }
    public enum Alignment: Sendable, Equatable, Hashable { case leading, center, trailing }

    public var size: Double
    public var weight: Weight
    public var color: Color
    public var alignment: Alignment

    public init(size: Double, weight: Weight = .regular, color: Color, alignment: Alignment = .leading) {
        self.size = size
        self.weight = weight
        self.color = color
        self.alignment = alignment
    }
}
