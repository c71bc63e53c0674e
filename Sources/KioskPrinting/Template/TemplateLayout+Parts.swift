import Foundation
import KioskForms
import KioskGraphics
import KioskUI

extension TemplateLayout {
    /// The top of the first page: the form number at the right, the national motto, the title and
    /// whom the form is addressed to.
    func heading(for template: PrintTemplate) -> Unit {
        var items: [PageItem] = []
        var y = 0.0
        func centred(_ text: String, _ font: TextFont, gap: Double = 0) -> Double {
            let markup = Markup.escape(text)
            let measure = setter.measure(markup: markup, width: width, font: font, alignment: .center)
            items.append(
                .text(
                    plain: text, markup: markup, frame: Rect(x: Self.left, y: y, width: width, height: measure.height),
                    font: font, alignment: .center))
            y += measure.height + gap
            return measure.lines.first.map { $0.maxX - $0.minX } ?? 0
        }
        if template.formNumber != nil || template.formNote != nil {
            if let number = template.formNumber {
                let box = Rect(x: Self.right - 190, y: y, width: 190, height: 14)
                items.append(
                    .text(
                        plain: number, markup: "<b>" + Markup.escape(number) + "</b>", frame: box,
                        font: .italic(11), alignment: .trailing))
                y += 15
            }
            if let note = template.formNote {
                let measure = setter.measure(
                    markup: Markup.escape(note), width: 320, font: .italic(8.5), alignment: .trailing)
                items.append(
                    .text(
                        plain: note, markup: Markup.escape(note),
                        frame: Rect(x: Self.right - 320, y: y, width: 320, height: measure.height), font: .italic(8.5),
                        alignment: .trailing))
                y += measure.height
            }
            y += 6
        }
        _ = centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", .bold(12.5))
        let mottoWidth = centred("Độc lập - Tự do - Hạnh phúc", .bold(13), gap: 2)
        let middle = Self.left + width / 2
        items.append(
            .rule(
                from: Point(x: middle - mottoWidth / 2, y: y), to: Point(x: middle + mottoWidth / 2, y: y), width: 0.7))
        y += 14
        _ = centred(data.resolve(template.title).text, .bold(14.5), gap: 2)
        if let subtitle = template.subtitle {
            _ = centred(data.resolve(subtitle).text, .italic(11.5), gap: 2)
        }
        if let addressee = template.addressee {
            y += 6
            _ = centred(data.resolve(addressee).text, .body(12.5))
        }
        return Unit(height: y + 6, items: items)
    }

    /// The bottom line of every page: the draft code (so a page that comes loose finds its file) and
    /// the page number.
    func footer(page: Int, of count: Int, template: PrintTemplate) -> [PageItem] {
        let text = "Mã hồ sơ \(data.draftCode) · \(template.formNumber ?? template.title) · Trang \(page)/\(count)"
        let y = Self.page.height - 36
        return [
            .rule(from: Point(x: Self.left, y: y - 3), to: Point(x: Self.right, y: y - 3), width: 0.3),
            .text(
                plain: text, markup: Markup.escape(text), frame: Rect(x: Self.left, y: y, width: width, height: 12),
                font: .italic(8.5), alignment: .trailing),
        ]
    }

    /// "<commune>, ngày 22 tháng 11 năm 2026", in the right half, as the official forms set it.
    func placeDate() -> Unit {
        let text = "\(data.commune), \(VietnameseDate.phrase(data.date, timeZone: data.timeZone))"
        let half = width / 2
        let markup = Markup.escape(text)
        let measure = setter.measure(markup: markup, width: half + 40, font: .italic(12), alignment: .center)
        return Unit(
            height: measure.height + 10,
            items: [
                .text(
                    plain: text, markup: markup,
                    frame: Rect(x: Self.right - half - 40, y: 8, width: half + 40, height: measure.height),
                    font: .italic(12), alignment: .center)
            ])
    }

    /// Signature boxes side by side (one sits in the right half, as on the official forms).
    func signatures(_ signatures: [TemplateSignature], base: String?) -> Unit {
        guard !signatures.isEmpty else { return Unit(height: 0, items: []) }
        let columns = max(2, signatures.count)
        let each = width / Double(columns)
        var items: [PageItem] = []
        var height = 0.0
        for (index, signature) in signatures.enumerated() {
            let column = signatures.count == 1 ? 1 : index
            let x = Self.left + Double(column) * each
            var y = 2.0
            let lines: [(String, TextFont)] = [
                (data.resolve(signature.title, base: base).text, .bold(12)),
                (signature.note.map { data.resolve($0, base: base).text } ?? "", .italic(11)),
            ]
            for (text, font) in lines where !text.isEmpty {
                let markup = Markup.escape(text)
                let measure = setter.measure(markup: markup, width: each, font: font, alignment: .center)
                items.append(
                    .text(
                        plain: text, markup: markup, frame: Rect(x: x, y: y, width: each, height: measure.height),
                        font: font, alignment: .center))
                y += measure.height
            }
            y += 48
            if let name = signature.name {
                let resolved = data.resolve(name, base: base)
                if !resolved.allEmpty {
                    let markup = "<b>" + Markup.escape(resolved.text) + "</b>"
                    let measure = setter.measure(markup: markup, width: each, font: .body(12), alignment: .center)
                    items.append(
                        .text(
                            plain: resolved.text, markup: markup,
                            frame: Rect(x: x, y: y, width: each, height: measure.height), font: .body(12),
                            alignment: .center))
                    y += measure.height
                }
            }
            height = max(height, y)
        }
        return Unit(height: height + 4, items: items)
    }

    /// A QR block right after a single signature (which sits in the right half, perhaps under the
    /// place and date) moves up beside them, in the left half, with the draft code under the codes:
    /// a declaration then keeps its signature and code on one page.
    func besideSignature(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        var index = 0
        while index < units.count {
            let hasDate = units[index].role == .placeDate
            let signature = hasDate ? index + 1 : index
            if signature + 1 < units.count, units[signature].role == .singleSignature,
                units[signature + 1].role == .qrCode
            {
                let right = (hasDate ? [units[index]] : []) + [units[signature]]
                var items: [PageItem] = []
                var y = 0.0
                for unit in right {
                    items += unit.items.map { $0.offset(by: y) }
                    y += unit.height
                }
                let compact = qrCode(maximumWidth: width / 2 - 12)
                result.append(Unit(height: max(y, compact.height), items: items + compact.items))
                index = signature + 2
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }

    /// The QR code(s) at the left, the draft code and a word for the officer at the right; within
    /// `maximumWidth`, the codes in that width and the words under them.
    func qrCode(maximumWidth: Double? = nil) -> Unit {
        if let maximumWidth { return compactQRCode(width: maximumWidth) }
        var items: [PageItem] = []
        let encoded = codes.compactMap { text in (try? QRCode(text: text)).map { (text, $0) } }
        // 0.42 mm a module at least, so a counter scanner reads the largest code from a printout;
        // 50 mm at most.
        let side = min(142, max(85, Double(encoded.map { $0.1.sizeWithQuietZone }.max() ?? 0) * 1.2))
        let perRow = max(1, Int((width * 0.62) / (side + 6)))
        for (index, (text, code)) in encoded.enumerated() {
            let frame = Rect(
                x: Self.left + Double(index % perRow) * (side + 6), y: 6 + Double(index / perRow) * (side + 6),
                width: side, height: side)
            items.append(.qrCode(code, text: text, frame: frame))
        }
        let rows = (encoded.count + perRow - 1) / max(1, perRow)
        let codesWidth = Double(min(encoded.count, perRow)) * (side + 6)
        let x = Self.left + codesWidth + 8
        let textWidth = Self.right - x
        var y = 10.0
        let lines: [(String, String, TextFont)] = [
            ("Mã hồ sơ: \(data.draftCode)", "Mã hồ sơ: <b>\(Markup.escape(data.draftCode))</b>", .body(15)),
            (
                encoded.count > 1
                    ? "Dành cho cán bộ: quét cả \(encoded.count) mã QR (theo thứ tự bất kỳ) để nhập hồ sơ, không phải gõ lại."
                    : "Dành cho cán bộ: quét mã QR để nhập hồ sơ, không phải gõ lại.",
                "", .italic(10.5)
            ),
        ]
        for (plain, markup, font) in lines {
            let markup = markup.isEmpty ? Markup.escape(plain) : markup
            let measure = setter.measure(markup: markup, width: textWidth, font: font)
            items.append(
                .text(
                    plain: plain, markup: markup, frame: Rect(x: x, y: y, width: textWidth, height: measure.height),
                    font: font, alignment: .leading))
            y += measure.height + 6
        }
        return Unit(height: max(y, 6 + Double(rows) * (side + 6)) + 6, items: items)
    }

    private func compactQRCode(width available: Double) -> Unit {
        var items: [PageItem] = []
        let encoded = codes.compactMap { text in (try? QRCode(text: text)).map { (text, $0) } }
        let perRow = encoded.count > 1 ? 2 : 1
        let modules = Double(encoded.map { $0.1.sizeWithQuietZone }.max() ?? 0)
        let side = min(142, max(85, modules * 1.1), (available - Double(perRow - 1) * 6) / Double(perRow))
        for (index, (text, code)) in encoded.enumerated() {
            let frame = Rect(
                x: Self.left + Double(index % perRow) * (side + 6), y: 4 + Double(index / perRow) * (side + 6),
                width: side, height: side)
            items.append(.qrCode(code, text: text, frame: frame))
        }
        let rows = (encoded.count + perRow - 1) / perRow
        var y = 4 + Double(rows) * (side + 6) - 4
        let lines: [(String, String, TextFont)] = [
            ("Mã hồ sơ: \(data.draftCode)", "Mã hồ sơ: <b>\(Markup.escape(data.draftCode))</b>", .body(12))
        ]
        for (plain, markup, font) in lines {
            let measure = setter.measure(markup: markup, width: available, font: font)
            items.append(
                .text(
                    plain: plain, markup: markup,
                    frame: Rect(x: Self.left, y: y, width: available, height: measure.height),
                    font: font, alignment: .leading))
            y += measure.height + 2
        }
        return Unit(height: y + 4, items: items)
    }
}
