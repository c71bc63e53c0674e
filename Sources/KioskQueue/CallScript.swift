/// What the speaker says for a call: "Mời số A 0 1 2 đến quầy số 3", as clips a voice pack may
/// have recorded (`clips`) and as text for the speech synthesiser when it has not (`text`). Digits
/// are said one by one: a synthesiser reads "012" as a number, and people listen for each digit.
public struct CallScript: Sendable, Equatable {
    /// Clip ids in order: "call.chime", "call.invite", "char.A", "char.0", ..., "call.to-counter",
    /// "counter.3". A voice pack names its files after them (`<language>/queue/<id>.wav`).
    public var clips: [String]
    /// The words, for espeak-ng in the language.
    public var text: String

    public init(call: Call, language: String) {
        let characters = call.number.spelled
        clips =
            ["call.chime", "call.invite"] + characters.map { "char.\($0)" } + [
                "call.to-counter", "counter.\(call.counter)",
            ]
        let spelled = characters.joined(separator: " ")
        switch language {
        case "en": text = "Number \(spelled), please go to counter \(call.counter)."
        default: text = "Mời số \(spelled) đến quầy số \(call.counter)."
        }
    }
}
