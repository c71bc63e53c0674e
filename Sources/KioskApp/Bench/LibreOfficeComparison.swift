import Foundation

/// The comparison `kiosk bench print` makes: LibreOffice headless turning an equivalent filled .docx
/// form into a PDF. The .docx is made at bench time (HTML of the same lines, converted by
/// LibreOffice itself); LibreOffice is installed on demand through scripts/install-deps.
struct LibreOfficeComparison {
    var report: BenchReport
    var rounds = 3

    func run(name: String, lines: [String]) throws {
        guard let soffice = Self.findSoffice() ?? install() else {
            report.line(
                "print.libreoffice_docx_to_pdf", [:], labels: ["skipped": "soffice not found and not installed"])
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // A profile of its own, so a bench never touches (or waits on) a person's LibreOffice.
        let profile = "-env:UserInstallation=file://" + scratch.appendingPathComponent("profile").path
        let html = scratch.appendingPathComponent("\(name).html")
        try Data(Self.html(lines).utf8).write(to: html)
        let make = try BenchReport.milliseconds {
            try Self.run(
                soffice,
                [profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", scratch.path, html.path])
        }
        let docx = scratch.appendingPathComponent("\(name).docx")
        guard FileManager.default.fileExists(atPath: docx.path) else {
            report.line("print.libreoffice_docx_to_pdf", [:], labels: ["skipped": "LibreOffice made no .docx"])
            return
        }
        var samples: [Double] = []
        for _ in 0..<rounds {
            samples.append(
                try BenchReport.milliseconds {
                    try Self.run(
                        soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", scratch.path, docx.path])
                })
        }
        guard FileManager.default.fileExists(atPath: scratch.appendingPathComponent("\(name).pdf").path) else {
            report.line("print.libreoffice_docx_to_pdf", [:], labels: ["skipped": "LibreOffice made no PDF"])
            return
        }
        let (median, p99) = BenchReport.summary(samples)
        report.line(
            "print.libreoffice_docx_to_pdf",
            ["median_ms": median, "max_ms": p99, "first_ms": samples.first ?? 0, "make_docx_ms": make],
            labels: ["procedure": name, "note": "process start included, as a portal converting on demand"])
    }

    static func html(_ lines: [String]) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        let body = lines.map { "<p style=\"font-family:'Noto Serif';font-size:12pt\">\(escape($0))</p>" }
            .joined(separator: "\n")
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n\(body)\n</body></html>\n"
    }

    static func findSoffice() -> String? {
        ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Installs libreoffice-writer-nogui with the repository's scripts/install-deps, when found.
    func install() -> String? {
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for _ in 0..<6 {
            directory.deleteLastPathComponent()
            let script = directory.appendingPathComponent("scripts/install-deps")
            if FileManager.default.isExecutableFile(atPath: script.path) {
                _ = try? Self.run(script.path, ["libreoffice-writer-nogui"])
                return Self.findSoffice()
            }
        }
        return nil
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
