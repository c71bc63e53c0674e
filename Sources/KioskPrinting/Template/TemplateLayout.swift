import Foundation
import KioskForms
import KioskGraphics
import KioskUI

/// Flows a template's blocks onto A4 pages: the official heading on the first page, blocks one
/// under the other, a new page when the next block does not fit (a block is never cut in two), a
/// footer with the draft code and page number on every page.
struct TemplateLayout {
    static let page = Size(width: 595.276, height: 841.89)
    /// 2 cm left for the binding, as official forms have; 1.5 cm elsewhere.
    static let left = 57.0
    static let right = page.width - 42.0
    static let top = 40.0
    static let bottom = page.height - 45.0

    /// The type of labels and answers: the official forms use 13-14 pt Times in Word, which sets
    /// looser than this; 11.5 pt Noto Serif keeps a declaration on one page and reads as well.
    static let bodyFont = TextFont.body(11.5)

    let setter: Typesetter
    let data: TemplateData
    /// The texts of the QR codes (one, or the parts of a split payload).
    let codes: [String]

    var width: Double { Self.right - Self.left }

    /// A block laid out at y = 0, to be moved to its place.
    struct Unit {
        var height: Double
        var items: [PageItem]
        var breaksPage = false
        /// A heading stays on the page of what follows it.
        var keepWithNext = false
        /// What the unit is, where two units may share their height.
        var role: Role = .other

        enum Role { case other, placeDate, singleSignature, qrCode }
    }

    /// The pages of one template.
    func pages(for template: PrintTemplate) -> [LaidOutPage] {
        var units = [heading(for: template)]
        units += template.blocks.flatMap { self.units(for: $0, base: nil) }
        units = besideSignature(units)

        var pages: [[PageItem]] = [[]]
        var y = Self.top
        for (index, unit) in units.enumerated() {
            if unit.breaksPage {
                if !(pages.last?.isEmpty ?? true) {
                    pages.append([])
                    y = Self.top
                }
                continue
            }
            let next = unit.keepWithNext && index + 1 < units.count ? units[index + 1].height : 0
            if y + unit.height + next > Self.bottom, !(pages.last?.isEmpty ?? true) {
                pages.append([])
                y = Self.top
            }
            pages[pages.count - 1] += unit.items.map { $0.offset(by: y) }
            y += unit.height
        }
        return pages.enumerated().map { index, items in
            LaidOutPage(
                items: items + footer(page: index + 1, of: pages.count, template: template), template: template.id,
                number: index + 1, count: pages.count)
        }
    }

    // MARK: - Blocks

    func units(for block: TemplateBlock, base: String?) -> [Unit] {
        switch block {
        case .heading(let text):
            var unit = paragraph(data.resolve(text, base: base).text, font: .bold(12), above: 6, below: 1)
            unit.keepWithNext = true
            return [unit]
        case .field(let field):
            return [self.field(field, x: Self.left, width: width, base: base)]
        case .row(let fields):
            let gap = 12.0
            let each = (width - gap * Double(max(0, fields.count - 1))) / Double(max(1, fields.count))
            let parts = fields.enumerated().map { index, field in
                self.field(field, x: Self.left + Double(index) * (each + gap), width: each, base: base)
            }
            return [Unit(height: parts.map(\.height).max() ?? 0, items: parts.flatMap(\.items))]
        case .ticks(let ticks):
            return [self.ticks(ticks, base: base)]
        case .text(let text, let italic):
            return [
                paragraph(
                    data.resolve(text, base: base).text, font: italic ? .italic(11.5) : .body(12), above: 2, below: 2)
            ]
        case .space(let height):
            return [Unit(height: max(0, min(height, 400)), items: [])]
        case .pageBreak:
            return [Unit(height: 0, items: [], breaksPage: true)]
        case .repeatGroup(let path, let blocks):
            let count = data.instanceCount(of: path)
            // No instance: the blocks once, empty, so the paper form can still be filled by hand.
            let bases = count == 0 ? [path + "[0]"] : (1...count).map { "\(path)[\($0)]" }
            return bases.flatMap { instance in
                Self.together(blocks.flatMap { units(for: $0, base: instance) }, within: (Self.bottom - Self.top) / 2)
            }
        case .placeDate:
            var unit = placeDate()
            unit.keepWithNext = true
            unit.role = .placeDate
            return [unit]
        case .signatures(let signatures):
            var unit = self.signatures(signatures, base: base)
            if signatures.count == 1 { unit.role = .singleSignature }
            return [unit]
        case .qrCode:
            var unit = qrCode()
            unit.role = .qrCode
            return [unit]
        }
    }

    /// The units of one repeat instance as one, so a person's lines never part across pages; an
    /// instance taller than `limit` keeps its units, and may break.
    static func together(_ units: [Unit], within limit: Double) -> [Unit] {
        let height = units.reduce(0) { $0 + $1.height }
        guard units.count > 1, height <= limit, !units.contains(where: \.breaksPage) else { return units }
        var items: [PageItem] = []
        var y = 0.0
        for unit in units {
            items += unit.items.map { $0.offset(by: y) }
            y += unit.height
        }
        return [Unit(height: height, items: items)]
    }

    /// "1. Label: value" on dotted lines; an empty value leaves the dotted lines for a pen.
    func field(_ field: TemplateField, x: Double, width: Double, base: String?) -> Unit {
        let resolved = data.resolve(field.value, base: base)
        let value = resolved.allEmpty ? "" : resolved.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let label = [field.number, field.label.isEmpty ? nil : field.label + ":"].compactMap { $0 }.filter {
            !$0.isEmpty
        }
        .joined(separator: " ")
        let labelPlain = label.isEmpty ? "" : label + " "
        let plain = labelPlain + value
        let markup = Markup.escape(labelPlain) + "<b>" + Markup.escape(value) + "</b>"
        let font = Self.bodyFont
        let measure = setter.measure(markup: markup, width: width, font: font)
        let start = setter.position(ofByte: labelPlain.utf8.count, markup: markup, width: width, font: font)
        let lineHeight = font.size * Double(Typesetter.lineSpacing) * 1.15
        var items: [PageItem] = [
            .text(
                plain: plain, markup: markup, frame: Rect(x: x, y: 3, width: width, height: measure.height), font: font,
                alignment: .leading)
        ]
        var baselines = measure.lines.map(\.baseline)
        while baselines.count < field.lines {
            baselines.append((baselines.last ?? font.size) + lineHeight)
        }
        for (index, baseline) in baselines.enumerated() {
            let from = index == start.line ? x + start.x : (index < start.line ? x + width : x)
            if from < x + width - 4 { items.append(.dots(y: 3 + baseline + 2.5, fromX: from, toX: x + width)) }
        }
        let height = max(measure.height, (baselines.last ?? 0) + 6) + 2
        return Unit(height: height, items: items)
    }

    /// The question's label, then a box per option in `columns` columns, crossed for the answer.
    func ticks(_ ticks: TemplateTicks, base: String?) -> Unit {
        let path = TemplateData.concretePath(ticks.path, base: base)
        let chosen = Set((data.rawValue(at: path) ?? "").split(separator: " ").map(String.init))
        let options =
            ticks.options
            ?? data.choices(at: path).map { choice in
                TemplateTicks.Option(
                    value: choice.value,
                    text: data.form.text(for: choice.label, language: TemplateData.language) ?? choice.value)
            }
        var items: [PageItem] = []
        var y = 3.0
        var indent = 14.0
        if ticks.number != nil || ticks.label != nil {
            let label = [ticks.number, ticks.label.map { $0 + ":" }].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: " ")
            let measure = setter.measure(markup: Markup.escape(label), width: width, font: Self.bodyFont)
            let labelWidth = measure.lines.map(\.maxX).max() ?? 0
            items.append(
                .text(
                    plain: label, markup: Markup.escape(label),
                    frame: Rect(x: Self.left, y: y, width: width, height: measure.height), font: Self.bodyFont,
                    alignment: .leading))
            if ticks.inline, measure.lines.count == 1, labelWidth < width / 2 {
                indent = labelWidth + 14
                y -= 0.5
            } else {
                y += measure.height + 2
            }
        }
        let columns = max(1, ticks.columns)
        let columnWidth = (width - indent) / Double(columns)
        let box = 10.0
        var index = 0
        while index < options.count {
            var rowHeight = 16.0
            for column in 0..<columns where index + column < options.count {
                let option = options[index + column]
                let x = Self.left + indent + Double(column) * columnWidth
                let textWidth = columnWidth - box - 10
                let measure = setter.measure(
                    markup: Markup.escape(option.text), width: textWidth, font: .body(11.5))
                rowHeight = max(rowHeight, measure.height + 3)
                items.append(
                    .box(Rect(x: x, y: y + 3.5, width: box, height: box), ticked: chosen.contains(option.value)))
                items.append(
                    .text(
                        plain: option.text, markup: Markup.escape(option.text),
                        frame: Rect(x: x + box + 5, y: y, width: textWidth, height: measure.height),
                        font: .body(11.5), alignment: .leading))
            }
            y += rowHeight
            index += columns
        }
        return Unit(height: y + 4, items: items)
    }

    func paragraph(
        _ text: String, font: TextFont, alignment: TextStyle.Alignment = .leading, above: Double, below: Double
    ) -> Unit {
        let markup = Markup.escape(text)
        let measure = setter.measure(markup: markup, width: width, font: font, alignment: alignment)
        return Unit(
            height: above + measure.height + below,
            items: [
                .text(
                    plain: text, markup: markup,
                    frame: Rect(x: Self.left, y: above, width: width, height: measure.height),
                    font: font, alignment: alignment)
            ])
    }
}
