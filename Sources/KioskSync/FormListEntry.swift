import Foundation

/// One form the center offers (OpenRosa form discovery, `<xform>` of the `xforms` list).
public struct FormListEntry: Sendable, Equatable {
    public var formID: String
    public var name: String
    public var version: String?
    /// "md5:" and the hex MD5 of the form file, as the OpenRosa form list gives it.
    public var hash: String
    public var downloadURL: URL
    public var manifestURL: URL?
}

/// One media file of a form (OpenRosa manifest, `<mediaFile>`).
public struct MediaFileEntry: Sendable, Equatable {
    public var filename: String
    public var hash: String
    public var downloadURL: URL
}
