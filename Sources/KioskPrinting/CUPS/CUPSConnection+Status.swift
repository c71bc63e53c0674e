internal import CCUPS

extension CUPSConnection {
    /// The job's current state.
    ///
    /// Works for finished jobs as long as the server keeps their history (`PreserveJobHistory`).
    /// The corresponding C function is `cupsDoRequest` with `Get-Job-Attributes`.
    public func state(of job: PrintJob) throws(PrintError) -> JobState {
        let response = try perform(
            IPP_OP_GET_JOB_ATTRIBUTES, named: "Get-Job-Attributes", destination: job.destination
        ) { request in
            ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nil, Self.jobURI(job.id))
            addKeywords(request, "requested-attributes", ["job-state"])
        }
        guard let value = response.integer("job-state", tag: IPP_TAG_ENUM), let state = JobState(ipp: value) else {
            throw PrintError(
                "Get-Job-Attributes", destination: job.destination, status: IPP_STATUS_ERROR_INTERNAL,
                message: "job \(job.id) has no valid job-state in the answer")
        }
        return state
    }

    /// Whether a queue prints and takes jobs, and the reasons it gives.
    ///
    /// The corresponding C function is `cupsDoRequest` with `Get-Printer-Attributes`.
    public func printerStatus(_ queue: String) throws(PrintError) -> PrinterStatus {
        let response = try perform(
            IPP_OP_GET_PRINTER_ATTRIBUTES, named: "Get-Printer-Attributes", destination: queue
        ) { request in
            ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nil, Self.printerURI(queue))
            addKeywords(
                request, "requested-attributes",
                ["printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "printer-state-message"])
        }
        let state: PrinterStatus.State
        switch response.integer("printer-state", tag: IPP_TAG_ENUM).map({ UInt32(bitPattern: $0) }) {
        case IPP_PSTATE_IDLE.rawValue: state = .idle
        case IPP_PSTATE_PROCESSING.rawValue: state = .processing
        case IPP_PSTATE_STOPPED.rawValue: state = .stopped
        default:
            throw PrintError(
                "Get-Printer-Attributes", destination: queue, status: IPP_STATUS_ERROR_INTERNAL,
                message: "\(queue) has no valid printer-state in the answer")
        }
        let message = response.strings("printer-state-message").first
        return PrinterStatus(
            queue: queue, state: state,
            // A missing attribute is read as "not accepting": never promise a print that may not happen.
            isAcceptingJobs: response.boolean("printer-is-accepting-jobs") ?? false,
            reasons: response.strings("printer-state-reasons").filter { $0 != "none" },
            message: message.flatMap { $0.isEmpty ? nil : $0 })
    }
}

extension CUPSConnection {
    /// What CUPS does with a job when the printer fails (`printer-error-policy`: "retry-job",
    /// "stop-printer", "abort-job", ...); nil when the queue does not say.
    ///
    /// The corresponding C function is `cupsDoRequest` with `Get-Printer-Attributes`.
    public func errorPolicy(of queue: String) throws(PrintError) -> String? {
        let response = try perform(
            IPP_OP_GET_PRINTER_ATTRIBUTES, named: "Get-Printer-Attributes", destination: queue
        ) { request in
            ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nil, Self.printerURI(queue))
            addKeywords(request, "requested-attributes", ["printer-error-policy"])
        }
        return response.strings("printer-error-policy").first
    }
}
