/// One part of a print template, laid out top to bottom; pages break between blocks.
///
/// In JSON each block is an object with a `type`; texts may hold placeholders (see ``TemplateText``).
public indirect enum TemplateBlock: Sendable, Equatable, Decodable {
    /// A section heading in bold ("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ").
    case heading(String)
    /// A numbered field: the label, then the value written on dotted lines (at least `lines` of them).
    case field(TemplateField)
    /// Fields side by side, sharing the width equally.
    case row([TemplateField])
    /// Tick boxes, one per option, ticked when the answer at `path` holds the option's value.
    case ticks(TemplateTicks)
    /// A paragraph.
    case text(String, italic: Bool)
    /// Vertical space, in points.
    case space(Double)
    /// Starts a new page.
    case pageBreak
    /// The blocks once per instance of the repeat at `path`; inside, "./name" means that instance's
    /// child. A repeat with no instance prints the blocks once, empty, for filling by hand.
    case repeatGroup(path: String, blocks: [TemplateBlock])
    /// "<commune>, ngày .. tháng .. năm ...." at the right, the date of printing.
    case placeDate
    /// Signature boxes side by side: title, note, space to sign, the name printed under it.
    case signatures([TemplateSignature])
    /// The QR code(s) of the submission and the draft code.
    case qrCode

    private enum Key: String, CodingKey {
        case type, text, italic, height, path, blocks, items
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "heading": self = .heading(try container.decode(String.self, forKey: .text))
        case "field": self = .field(try TemplateField(from: decoder))
        case "row": self = .row(try container.decode([TemplateField].self, forKey: .items))
        case "ticks": self = .ticks(try TemplateTicks(from: decoder))
        case "text":
            self = .text(
                try container.decode(String.self, forKey: .text),
                italic: try container.decodeIfPresent(Bool.self, forKey: .italic) ?? false)
        case "space": self = .space(try container.decode(Double.self, forKey: .height))
        case "pageBreak": self = .pageBreak
        case "repeat":
            self = .repeatGroup(
                path: try container.decode(String.self, forKey: .path),
                blocks: try container.decode([TemplateBlock].self, forKey: .blocks))
        case "placeDate": self = .placeDate
        case "signatures": self = .signatures(try container.decode([TemplateSignature].self, forKey: .items))
        case "qr": self = .qrCode
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown block type \"\(type)\"")
        }
    }
}

/// A numbered field written on dotted lines.
public struct TemplateField: Sendable, Equatable, Decodable {
    /// "1.", "2.1", or nil for an unnumbered line.
    public var number: String?
    /// The printed label, such as "Họ, chữ đệm, tên".
    public var label: String
    /// The value with placeholders, such as "{/data/child/child_name|upper}".
    public var value: String
    /// At least this many dotted lines, for an answer written by hand when there is none.
    public var lines: Int

    public init(number: String? = nil, label: String, value: String, lines: Int = 1) {
        self.number = number
        self.label = label
        self.value = value
        self.lines = lines
    }

    private enum Key: String, CodingKey { case number, label, value, lines }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        number = try container.decodeIfPresent(String.self, forKey: .number)
        label = try container.decode(String.self, forKey: .label)
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
        lines = max(1, min(try container.decodeIfPresent(Int.self, forKey: .lines) ?? 1, 20))
    }
}

/// Tick boxes for a choice question.
public struct TemplateTicks: Sendable, Equatable, Decodable {
    public struct Option: Sendable, Equatable, Decodable {
        /// The choice's value in the data.
        public var value: String
        /// What the official form prints beside the box.
        public var text: String
    }

    public var number: String?
    public var label: String?
    /// The question whose answer ticks the boxes (space-separated values for a select_multiple).
    public var path: String
    /// The boxes in order; when absent, the question's own choices with their Vietnamese labels.
    public var options: [Option]?
    /// Boxes per row.
    public var columns: Int
    /// The boxes on the label's line ("Giới tính: ☐ Nam ☒ Nữ"), as the official forms set short choices.
    public var inline: Bool

    private enum Key: String, CodingKey { case number, label, path, options, columns, inline }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        number = try container.decodeIfPresent(String.self, forKey: .number)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        path = try container.decode(String.self, forKey: .path)
        options = try container.decodeIfPresent([Option].self, forKey: .options)
        columns = max(1, min(try container.decodeIfPresent(Int.self, forKey: .columns) ?? 2, 6))
        inline = try container.decodeIfPresent(Bool.self, forKey: .inline) ?? false
    }
}

/// One signature box.
public struct TemplateSignature: Sendable, Equatable, Decodable {
    /// In capitals: "NGƯỜI YÊU CẦU".
    public var title: String
    /// "(Ký, ghi rõ họ tên)".
    public var note: String?
    /// The signer's name, printed under the space, with placeholders.
    public var name: String?
}
