import KioskQueue

/// What a touch target does when tapped. Screens attach these to elements; the flow decides.
public enum UIAction: Sendable, Equatable, Hashable {
    case chooseLanguage(String)
    case chooseProcedure(String)
    /// A choice tile or list row: answers a select one, ticks or unticks on a select.
    case chooseOption(String)
    /// A key: a letter, a space, an apostrophe or hyphen on the keyboard; a digit or "." on the pad.
    case key(String)
    /// A tone key of the Vietnamese keyboard.
    case tone(VietnameseTone)
    /// The shift key: the next letter the other way from the automatic capitals.
    case shift
    /// The caret keys: move the caret by this many letters.
    case moveCaret(Int)
    /// Telex on or off (the keyboard's "Telex" key).
    case toggleTelex
    case backspace
    /// A − or + of the date picker: this many steps on one column.
    case adjustDate(DatePicker.Field, Int)
    /// A long list: show the filter keyboard, or go back from it to the list.
    case openFilter
    case closeFilter
    /// A long list's page buttons: show the matches from this index on.
    case showPage(from: Int)
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
    /// The help screen: whom to ask, continue later, assisted mode.
    case help
    /// "Yes, I am here" on the still-there screen.
    case stillHere
    /// Assisted mode on or off (from the help screen).
    case toggleAssisted
    /// Keep the draft and show its code (from the help screen).
    case saveForLater
    /// The procedures screen's "continue a saved form".
    case openResume
    /// A tile of the priority question after printing (nil: no priority).
    case choosePriority(PriorityGroup?)
    /// A face of the satisfaction rating, 1 (unhappy) to 5 (happy).
    case rate(Int)
    /// A tap on the typed text: `stops` are the x positions of the caret before each letter and
    /// after the last; the nearest to the finger becomes `setCaret` (see `Element.action(at:)`).
    case placeCaret(stops: [Double])
    /// Put the caret before the letter at this index (its end when the index is the count).
    case setCaret(Int)
}
