import Foundation
import KioskForms

/// `kiosk bench forms`: how long forms take to load, to bring up to date after one answer, and to
/// fill from start to end.
public struct FormBench: Sendable {
    public var assets: Assets
    public var report = BenchReport()

    public init(assets: Assets) {
        self.assets = assets
    }

    public func run() throws {
        let files = try FileManager.default.contentsOfDirectory(at: assets.formsURL, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
        for file in files {
            var samples: [Double] = []
            for _ in 0..<20 { samples.append(try BenchReport.milliseconds { _ = try FormFiles(url: file).load() }) }
            let (median, p99) = BenchReport.summary(samples)
            report.line("form.load", ["median_ms": median, "p99_ms": p99], labels: ["form": file.lastPathComponent])
        }

        let form = try XForm.parse(Data(Self.generatedForm(questions: 300, relevant: 100, calculated: 50).utf8))
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        report.line(
            "form.load", ["ms": try BenchReport.milliseconds { _ = try XForm.parse(Data(Self.generatedForm().utf8)) }],
            labels: ["form": "generated-300"])
        var session = FormSession(form: form, startedAt: start)
        var samples: [Double] = []
        for round in 0..<400 {
            let question = 1 + (round * 37) % 300
            let value = String(round % 10)
            samples.append(
                try BenchReport.milliseconds { try session.answer(value, at: "/data/q\(question)", in: form) })
        }
        let (median, p99) = BenchReport.summary(samples)
        report.line(
            "form.answer_recompute", ["median_ms": median, "p99_ms": p99, "samples": Double(samples.count)],
            labels: ["form": "generated-300 (100 relevant, 50 calculate)"])

        var answers: [String: String] = [:]
        for question in 1...300 { answers["/data/q\(question)"] = "7" }
        let filler = FormFiller(form: form, language: nil, now: start)
        let fill = try BenchReport.milliseconds { _ = try filler.fill(answers) }
        report.line("form.fill", ["ms": fill, "screens": 300], labels: ["form": "generated-300"])
    }

    /// A form of `questions` integer questions; every third of the first 300 is relevant only when
    /// the one before is above 5, and `calculated` nodes each add two answers.
    public static func generatedForm(questions: Int = 300, relevant: Int = 100, calculated: Int = 50) -> String {
        var instance = ""
        var binds = ""
        var body = ""
        for q in 1...questions {
            instance += "<q\(q)/>"
            var bind = #"<bind nodeset="/data/q\#(q)" type="int""#
            if q > 1, q % 3 == 0, q / 3 <= relevant { bind += #" relevant="/data/q\#(q - 1) &gt; 5""# }
            binds += bind + "/>"
            body += #"<input ref="/data/q\#(q)"><label>Question \#(q)</label></input>"#
        }
        for c in 1...max(calculated, 1) where c <= calculated {
            instance += "<c\(c)/>"
            let a = 1 + (c * 7) % questions
            let b = 1 + (c * 13) % questions
            let source = c > 1 ? "/data/c\(c - 1)" : "0"
            binds += #"<bind nodeset="/data/c\#(c)" calculate="/data/q\#(a) + /data/q\#(b) * 2 + \#(source)"/>"#
        }
        return """
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
            <h:head><h:title>Generated</h:title><model><instance><data id="generated">\(instance)<meta><instanceID/></meta></data></instance>
            \(binds)</model></h:head><h:body>\(body)</h:body></h:html>
            """
    }
}
