import KioskQueue

/// The display board of a service center: at each counter the number called to it, very large;
/// beside them the last calls and how many wait in each line. Made to be read across a room:
/// light numbers on a dark ground, sizes from the screen's height, not from millimetres.
public struct QueueBoardView: Sendable {
    public var services: [Service]
    public var language: String
    /// Where the board stands ("Xã Lũng Cú"), shown in the title bar.
    public var place: String

    public init(services: [Service], language: String = "vi", place: String = "") {
        self.services = services
        self.language = language
        self.place = place
    }

    static let ground = Color(hex: 0x0A1A24)
    static let panel = Color(hex: 0x12303F)
    static let numberColor = Color(hex: 0xFFD23F)
    static let text = Color(hex: 0xFFFFFF)
    static let muted = Color(hex: 0xB8C7D1)
    static let fresh = Color(hex: 0x137547)

    /// Draws `board` filling `bounds`; the counter of the latest call is lit when `highlightLatest`
    /// (the caller blinks it for a few seconds after a call).
    public func draw(_ board: Board, on canvas: Canvas, in bounds: Rect, highlightLatest: Bool = true) {
        canvas.fill(bounds, color: Self.ground, cornerRadius: 0)
        let unit = bounds.height / 100
        let (bar, body) = bounds.sliceTop(unit * 10)
        canvas.fill(bar, color: Self.panel, cornerRadius: 0)
        let title = [words(.nowCalling), place].filter { !$0.isEmpty }.joined(separator: " — ")
        canvas.drawText(
            title, in: bar.insetBy(dx: unit * 3, dy: unit),
            style: TextStyle(size: unit * 5, weight: .bold, color: Self.text))

        let inner = body.insetBy(dx: unit * 2, dy: unit * 2)
        let (left, right) = inner.sliceLeft(inner.width * 0.64, gap: unit * 2)
        drawCounters(board, in: left, unit: unit, highlightLatest: highlightLatest, on: canvas)
        let (waitingArea, callsArea) = right.sliceTop(right.height * 0.45, gap: unit * 2)
        drawWaiting(board, in: waitingArea, unit: unit, on: canvas)
        drawLastCalls(board, in: callsArea, unit: unit, on: canvas)
    }

    func drawCounters(_ board: Board, in area: Rect, unit: Double, highlightLatest: Bool, on canvas: Canvas) {
        let (header, rows) = area.sliceTop(unit * 6, gap: unit)
        let (counterHeader, numberHeader) = header.sliceLeft(header.width * 0.45)
        let headerStyle = TextStyle(size: unit * 3.5, weight: .bold, color: Self.muted)
        canvas.drawText(words(.counter), in: counterHeader.insetBy(dx: unit * 2, dy: 0), style: headerStyle)
        canvas.drawText(words(.number), in: numberHeader.insetBy(dx: unit * 2, dy: 0), style: headerStyle)
        let lines = board.counters.filter(\.isOpen)
        guard !lines.isEmpty else { return }
        let gap = unit * 1.5
        let height = min(unit * 18, (rows.height - gap * Double(lines.count - 1)) / Double(lines.count))
        var rest = rows
        let latest = board.lastCalls.first
        for line in lines {
            let (row, remaining) = rest.sliceTop(height, gap: gap)
            rest = remaining
            let lit =
                highlightLatest && latest != nil && latest?.counter == line.counter && latest?.number == line.number
            canvas.fill(row, color: lit ? Self.fresh : Self.panel, cornerRadius: unit)
            let (counterCell, numberCell) = row.sliceLeft(row.width * 0.45)
            canvas.drawText(
                "\(line.counter)", in: counterCell.insetBy(dx: unit * 2, dy: unit),
                style: TextStyle(size: height * 0.6, weight: .bold, color: Self.text, alignment: .center))
            canvas.drawText(
                line.number?.description ?? "—", in: numberCell.insetBy(dx: unit * 2, dy: unit),
                style: TextStyle(size: height * 0.7, weight: .bold, color: Self.numberColor, alignment: .center))
        }
    }

    func drawWaiting(_ board: Board, in area: Rect, unit: Double, on canvas: Canvas) {
        canvas.fill(area, color: Self.panel, cornerRadius: unit)
        let (header, rows) = area.insetBy(dx: unit * 2, dy: unit).sliceTop(unit * 6)
        canvas.drawText(
            words(.waiting), in: header, style: TextStyle(size: unit * 3.5, weight: .bold, color: Self.muted))
        guard !services.isEmpty else { return }
        let height = min(unit * 7, rows.height / Double(services.count))
        var rest = rows
        for service in services {
            let (row, remaining) = rest.sliceTop(height)
            rest = remaining
            let (count, name) = row.sliceRight(unit * 10)
            let style = TextStyle(size: height * 0.55, color: Self.text)
            canvas.drawText("\(service.code) · \(service.name(in: language))", in: name, style: style)
            var bold = style
            bold.weight = .bold
            bold.alignment = .trailing
            canvas.drawText("\(board.waiting[service.code] ?? 0)", in: count, style: bold)
        }
    }

    func drawLastCalls(_ board: Board, in area: Rect, unit: Double, on canvas: Canvas) {
        canvas.fill(area, color: Self.panel, cornerRadius: unit)
        let (header, rows) = area.insetBy(dx: unit * 2, dy: unit).sliceTop(unit * 6)
        canvas.drawText(
            words(.lastCalls), in: header, style: TextStyle(size: unit * 3.5, weight: .bold, color: Self.muted))
        let calls = board.lastCalls.dropFirst().prefix(5)
        guard !calls.isEmpty else { return }
        let height = min(unit * 7, rows.height / 5)
        var rest = rows
        for call in calls {
            let (row, remaining) = rest.sliceTop(height)
            rest = remaining
            canvas.drawText(
                "\(call.number)  →  \(words(.counter)) \(call.counter)", in: row,
                style: TextStyle(size: height * 0.55, color: Self.text))
        }
    }

    enum Words { case nowCalling, counter, number, waiting, lastCalls }

    /// The board's few words; English for staff and visitors, else Vietnamese.
    func words(_ key: Words) -> String {
        let english = language == "en"
        switch key {
        case .nowCalling: return english ? "Now calling" : "Mời công dân"
        case .counter: return english ? "Counter" : "Quầy"
        case .number: return english ? "Number" : "Số"
        case .waiting: return english ? "Waiting" : "Đang chờ"
        case .lastCalls: return english ? "Called before" : "Đã gọi"
        }
    }
}
