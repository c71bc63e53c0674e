import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension OpenRosaClient {
    /// What the HEAD preflight found.
    public enum Preflight: Sendable, Equatable {
        /// The center answered 204; it takes bodies up to this many bytes when it says so.
        case ready(acceptContentLength: Int?)
        case failed(SubmissionOutcome)
    }

    /// HEAD on the submission URL, as ODK Collect does before posting: the center must answer 204
    /// with the OpenRosa header. A 200 is a captive portal's page.
    public func preflight() async -> Preflight {
        switch await send(request(submissionURL, method: "HEAD")) {
        case .failure(let failure):
            return .failed(.transport(failure.reason))
        case .success((_, let response)):
            let openRosa = Self.isOpenRosa(response)
            guard response.statusCode == 204, openRosa else {
                let outcome = Self.classify(status: response.statusCode, openRosa: openRosa, message: nil)
                if case .accepted = outcome { return .failed(.captivePortal(status: response.statusCode)) }
                return .failed(outcome)
            }
            let limit = response.value(forHTTPHeaderField: "X-OpenRosa-Accept-Content-Length").flatMap { Int($0) }
            return .ready(acceptContentLength: limit)
        }
    }

    /// POSTs one instance as multipart/form-data with the part `xml_submission_file`.
    /// `draftCode` travels in an extra header our center files the draft under (other OpenRosa
    /// servers ignore it).
    public func submit(instanceXML: Data, draftCode: String?) async -> SubmissionOutcome {
        var body = MultipartBody()
        body.addFile(
            name: "xml_submission_file", filename: "submission.xml", contentType: "text/xml", content: instanceXML)
        var post = request(submissionURL, method: "POST")
        post.setValue(body.contentType, forHTTPHeaderField: "Content-Type")
        if let draftCode { post.setValue(draftCode, forHTTPHeaderField: "X-Kiosk-Draft-Code") }
        post.httpBody = body.finished
        switch await send(post) {
        case .failure(let failure):
            return .transport(failure.reason)
        case .success((let data, let response)):
            let message = OpenRosaResponseMessage.parse(data)
            return Self.classify(status: response.statusCode, openRosa: Self.isOpenRosa(response), message: message)
        }
    }
}
