import Foundation

extension FormSession {
    /// The instance XML of an OpenRosa submission: the primary instance with the answers, UTF-8,
    /// deterministic, as ODK Collect sends it.
    ///
    /// Non-relevant nodes are left out (and with them everything under them); templates too. The
    /// root keeps its id and version attributes. `meta/instanceID` (when the form has it) gets
    /// `instanceID`, which callers pass as "uuid:..." and keep for the retries of one upload, so the
    /// server can tell a retry from a new submission. Nodes preloaded with `timestamp` get
    /// `startedAt` ("start") and `endedAt` ("end"), in UTC with milliseconds.
    public func submissionXML(form: XForm, instanceID: String, endedAt: Date) -> String {
        let root = data.root
        let meta = root.flatMap { root in data.liveChildren(of: root).first { data[$0].localName == "meta" } }
        let instanceIDNode = meta.flatMap { meta in
            data.liveChildren(of: meta).first { data[$0].localName == "instanceID" }
        }
        let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return data.xmlDocument(
            include: { !data[$0].isTemplate && data[$0].isRelevant },
            value: { node in
                if node == instanceIDNode { return instanceID }
                if let bind = form.bind(for: data[node].path), bind.preload == "timestamp" {
                    switch bind.preloadParams {
                    case "start": return timestamp.format(startedAt)
                    case "end": return timestamp.format(endedAt)
                    default: break
                    }
                }
                return data[node].value
            })
    }
}
