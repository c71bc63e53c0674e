internal import CCUPS
import Foundation

extension CUPSConnection {
    /// Sends one IPP request and returns the response, or the error CUPS answered with.
    ///
    /// `build` adds the operation's own attributes; the request is consumed either way. The
    /// corresponding C functions are `ippNewRequest` and `cupsDoRequest`.
    func perform(
        _ operation: ipp_op_t, named name: String, destination: String?,
        build: (_ request: OpaquePointer) -> Void
    ) throws(PrintError) -> IPPResponse {
        guard let request = ippNewRequest(operation) else {
            throw PrintError(
                name, destination: destination, status: IPP_STATUS_ERROR_INTERNAL, message: "out of memory")
        }
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nil, cupsUser())
        build(request)
        guard let raw = cupsDoRequest(http, request, "/") else {
            throw PrintError.last(name, destination: destination)
        }
        let response = IPPResponse(taking: raw)
        if PrintError.isFailure(cupsLastError()) {
            throw PrintError.last(name, destination: destination)
        }
        return response
    }

    /// The URI cupsd knows a queue by; it matches on the path, so the host does not matter.
    ///
    /// The corresponding C function is `httpAssembleURI`.
    static func printerURI(_ queue: String) -> String {
        uri(resource: "/printers/\(queue)")
    }

    static func jobURI(_ id: Int) -> String {
        uri(resource: "/jobs/\(id)")
    }

    private static func uri(resource: String) -> String {
        var buffer = [CChar](repeating: 0, count: 1024)
        let status = httpAssembleURI(
            HTTP_URI_CODING_ALL, &buffer, Int32(buffer.count), "ipp", nil, "localhost", ippPort(), resource)
        guard status.rawValue >= HTTP_URI_STATUS_OK.rawValue else { return "ipp://localhost\(resource)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Adds a multi-valued keyword attribute, such as `requested-attributes`.
///
/// The corresponding C function is `ippAddStrings`, which copies the strings.
func addKeywords(_ request: OpaquePointer, _ name: String, _ values: [String]) {
    let copies = values.map { strdup($0) }
    defer {
        for copy in copies { free(copy) }
    }
    let pointers = copies.map { UnsafePointer($0) }
    pointers.withUnsafeBufferPointer { buffer in
        _ = ippAddStrings(
            request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, name, Int32(buffer.count), nil, buffer.baseAddress)
    }
}
