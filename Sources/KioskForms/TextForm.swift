/// Which rendering of an itext entry: the words themselves or one of the media attached to them.
///
/// The raw values are the `form` attribute of `<value>`; `.long` is the value without one.
public enum TextForm: String, Sendable {
    case long, short, guidance, image
    case bigImage = "big-image"
    case audio, video
}
