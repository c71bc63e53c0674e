import Foundation

extension FormSession {
    /// The instance XML of an OpenRosa submission: the form's primary instance with the answers
    /// filled in, UTF-8, deterministic.
    ///
    /// The root keeps its id and version attributes. `meta/instanceID` (when the form has it) gets
    /// `instanceID`, which callers pass as "uuid:..." and keep for the retries of one upload, so
    /// the server can tell a retry from a new submission. Nodes preloaded with `timestamp` get
    /// `startedAt` ("start") and `endedAt` ("end"), in UTC with milliseconds. Unanswered questions
    /// are empty elements; other nodes keep their default values.
    public func submissionXML(form: XForm, instanceID: String, endedAt: Date) -> String {
        let instanceIDPath = form.instance.children.first { $0.localName == "meta" }?
            .children.first { $0.localName == "instanceID" }?.path
        let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return form.instance.xmlDocument { node in
            if form.question(at: node.path) != nil { return answers[node.path] ?? "" }
            if node.path == instanceIDPath { return instanceID }
            if let bind = form.bind(for: node.path), bind.preload == "timestamp" {
                switch bind.preloadParams {
                case "start": return timestamp.format(startedAt)
                case "end": return timestamp.format(endedAt)
                default: break
                }
            }
            return node.value
        }
    }
}
