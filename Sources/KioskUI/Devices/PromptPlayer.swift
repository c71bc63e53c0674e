/// Who speaks: ALSA on the terminal, nothing or a recorder in tests. Prompts are ids (itext ids
/// of the form, "ui.*" for the terminal's own words); the player finds the recording. An id
/// "say:<text>" (`UIStrings.say`) carries words with no recording — a date, a list item, a name —
/// for the speech synthesiser (espeak-ng) in the language given; a player without one skips it.
public protocol PromptPlayer: AnyObject, Sendable {
    /// Stops what is playing and plays these prompts in order, in `language`, without blocking.
    func play(_ prompts: [String], language: String)
}
