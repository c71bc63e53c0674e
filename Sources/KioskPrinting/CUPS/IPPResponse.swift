internal import CCUPS

/// An IPP response from CUPS, freed when dropped; reads attributes without trusting them to exist.
///
/// The corresponding C function is `ippDelete`.
final class IPPResponse {
    private let ipp: OpaquePointer

    init(taking ipp: OpaquePointer) {
        self.ipp = ipp
    }

    deinit {
        ippDelete(ipp)
    }

    /// The first value of an integer or enum attribute.
    ///
    /// The corresponding C functions are `ippFindAttribute` and `ippGetInteger`.
    func integer(_ name: String, tag: ipp_tag_t) -> Int32? {
        guard let attribute = ippFindAttribute(ipp, name, tag), ippGetCount(attribute) > 0 else { return nil }
        return ippGetInteger(attribute, 0)
    }

    /// The first value of a boolean attribute.
    ///
    /// The corresponding C function is `ippGetBoolean`.
    func boolean(_ name: String) -> Bool? {
        guard let attribute = ippFindAttribute(ipp, name, IPP_TAG_BOOLEAN), ippGetCount(attribute) > 0 else {
            return nil
        }
        return ippGetBoolean(attribute, 0) != 0
    }

    /// Every value of a string-like attribute (keyword, text, name, URI), skipping absent ones.
    ///
    /// The corresponding C function is `ippGetString`.
    func strings(_ name: String) -> [String] {
        // IPP_TAG_ZERO: any value tag, since CUPS sends reasons as keywords and messages as text.
        guard let attribute = ippFindAttribute(ipp, name, IPP_TAG_ZERO) else { return [] }
        return (0..<ippGetCount(attribute)).compactMap { index in
            ippGetString(attribute, index, nil).map { String(cString: $0) }
        }
    }
}
