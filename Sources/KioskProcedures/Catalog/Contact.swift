/// Whom a citizen calls or writes to about a procedure. Each commune has its own, so the catalog
/// usually leaves it empty and provisioning fills it in (``CatalogOverrides``).
public struct Contact: Sendable, Equatable {
    public var phone: VietnamesePhone?
    /// An address checked for shape only (one "@", a dot in the domain, no spaces).
    public var email: String?

    public init(phone: VietnamesePhone? = nil, email: String? = nil) {
        self.phone = phone
        self.email = email
    }

    /// This contact with each field that `other` sets replaced by `other`'s.
    public func merging(_ other: Contact) -> Contact {
        Contact(phone: other.phone ?? phone, email: other.email ?? email)
    }

    /// Whether `text` looks like an e-mail address: "name@domain.tld", no spaces, one "@".
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
