internal import CCUPS
import Foundation

extension CUPSConnection {
    /// Sends a document to a queue as one job and returns the job CUPS created.
    ///
    /// The document is streamed from memory, with no temporary file. If sending fails after the
    /// job was created, the half-made job is canceled so it does not wait forever for its document.
    /// The corresponding C functions are `cupsDoRequest` (Create-Job), `cupsStartDocument`,
    /// `cupsWriteRequestData` and `cupsFinishDocument`.
    public func submit(
        document: Data, format: String = "application/pdf", title: String, to queue: String
    ) throws(PrintError) -> PrintJob {
        let id = try createJob(title: title, on: queue)

        var status = cupsStartDocument(http, queue, id, title, format, 1)
        var offset = 0
        while status == HTTP_STATUS_CONTINUE && offset < document.count {
            let end = min(offset + Self.chunkSize, document.count)
            status = document[document.startIndex + offset..<document.startIndex + end].withUnsafeBytes { bytes in
                cupsWriteRequestData(http, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
            }
            offset = end
        }
        guard status == HTTP_STATUS_CONTINUE else {
            let error = PrintError.last("Send-Document", destination: queue)
            // As lp(1) does: read the server's answer, then cancel the job that has no document.
            _ = cupsFinishDocument(http, queue)
            _ = cupsCancelJob2(http, queue, id, 0)
            throw error
        }
        guard !PrintError.isFailure(cupsFinishDocument(http, queue)) else {
            let error = PrintError.last("Send-Document", destination: queue)
            _ = cupsCancelJob2(http, queue, id, 0)
            throw error
        }
        return PrintJob(id: Int(id), destination: queue, title: title)
    }

    /// Creates an empty job and returns its ID.
    ///
    /// Not `cupsCreateJob`: that looks the queue up first (`cupsGetNamedDest`, `cupsCopyDestInfo`),
    /// costing two more round trips, and reports a missing queue as "server-error-internal-error: No
    /// such file or directory". Asking cupsd directly gets its own answer ("client-error-not-found").
    private func createJob(title: String, on queue: String) throws(PrintError) -> Int32 {
        let response = try perform(IPP_OP_CREATE_JOB, named: "Create-Job", destination: queue) { request in
            ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nil, Self.printerURI(queue))
            ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nil, title)
        }
        guard let id = response.integer("job-id", tag: IPP_TAG_INTEGER), id > 0 else {
            throw PrintError(
                "Create-Job", destination: queue, status: IPP_STATUS_ERROR_INTERNAL,
                message: "CUPS created a job on \(queue) but sent no job-id")
        }
        return id
    }

    /// Big enough to keep the socket busy, small enough not to matter on a 2-core board.
    private static let chunkSize = 64 * 1024
}
