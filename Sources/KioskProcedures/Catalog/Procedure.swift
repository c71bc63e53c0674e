/// One administrative procedure a citizen can start at the terminal: what it is called, who handles
/// it, what it costs and takes, the form the citizen fills, what gets printed, and what to bring.
///
/// Texts are keyed by language code ("vi", "en"); Vietnamese is always present in a decoded catalog.
public struct Procedure: Sendable, Equatable {
    /// Stable identifier, e.g. "birth-certificate-copy".
    public var id: String
    /// The ids of the XForms the citizen fills (the files Assets/forms/<id>.xml), in order; never empty.
    public var forms: [String]
    /// The name of the icon drawn on its tile.
    public var icon: String
    /// Its name in each language, by language code.
    public var names: [String: String]
    /// Words a citizen may type to find it, by language code (names are searched too).
    public var keywords: [String: [String]]
    /// The agency that handles it, by language code; the printed form adds the commune's name after it.
    public var agency: [String: String]
    /// Whom to call or write to; set per commune by provisioning (``CatalogOverrides``).
    public var contact: Contact
    public var fee: Fee
    public var processingTime: ProcessingTime
    /// The print templates filled from the submission, in printing order (ids the printing module knows).
    public var printTemplates: [String]
    /// The originals to bring, each perhaps only in some cases (``ChecklistItem/condition``).
    public var checklist: [ChecklistItem]
    /// The queue service its citizens wait in at the center ("A" civil status, "B" land): the
    /// letter of the ticket the terminal takes when the form is printed. Nil: the queue's first.
    public var queueService: String?

    public init(
        id: String, forms: [String], icon: String, names: [String: String], keywords: [String: [String]] = [:],
        agency: [String: String], contact: Contact = Contact(), fee: Fee = .free,
        processingTime: ProcessingTime = .sameDay, printTemplates: [String] = [], checklist: [ChecklistItem] = [],
        queueService: String? = nil
    ) {
        self.id = id
        self.forms = forms
        self.icon = icon
        self.names = names
        self.keywords = keywords
        self.agency = agency
        self.contact = contact
        self.fee = fee
        self.processingTime = processingTime
        self.printTemplates = printTemplates
        self.checklist = checklist
        self.queueService = queueService
    }

    /// A procedure with a single form and nothing else known yet (what tests of other modules need).
    public init(id: String, form: String, icon: String, names: [String: String], agency: [String: String]) {
        self.init(id: id, forms: [form], icon: icon, names: names, agency: agency)
    }

    /// The form the citizen starts with: the first of ``forms``.
    public var form: String {
        forms.first ?? id
    }

    /// The name in `language`, else in Vietnamese, else the id: a tile never shows nothing.
    public func name(in language: String) -> String {
        names[language] ?? names["vi"] ?? id
    }

    /// The checklist item with this id.
    public func checklistItem(id: String) -> ChecklistItem? {
        checklist.first { $0.id == id }
    }
}
