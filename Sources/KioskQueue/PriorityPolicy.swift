/// How priority tickets are mixed into the line.
public enum PriorityPolicy: Sendable, Codable, Equatable {
    /// Every priority ticket before any other.
    case strict
    /// One priority ticket after every `n` others, so that the line still moves on a busy day.
    case oneEvery(Int)
}
