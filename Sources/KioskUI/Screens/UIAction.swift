/// What a touch target does when tapped. Screens attach these to elements; the flow decides.
public enum UIAction: Sendable, Equatable, Hashable {
    case chooseLanguage(String)
    case chooseProcedure(String)
    case chooseOption(String)
    case key(String)
    case backspace
    case next
    case back
    case listenAgain
    /// From the review: back to the form screen with this key.
    case edit(screen: String)
    /// On a repeat's "add another?" screen: yes.
    case addRepeat
    case print
    case retryPrint
    case finish
}
