/// Something wrong with a form that still loads: a text missing in one language, a picture or
/// recording that is not in the media folder. `kiosk form check` lists them one a line.
public struct FormProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where: a question path, an itext id, a bind.
    public var place: String
    public var reason: String

    public init(place: String, reason: String) {
        self.place = place
        self.reason = reason
    }

    public var description: String { "\(place): \(reason)" }
}
