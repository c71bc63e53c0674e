import CenterServer
import Foundation
import Testing

@testable import KioskSync

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The terminal's client against a real center on loopback.
@Suite(.serialized) struct SubmissionTests {
    @Test func preflightThenSubmitIsAcceptedAndARetryIsRecognised() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let client = OpenRosaClient(credential: center.credential)
        #expect(await client.preflight() == .ready(acceptContentLength: 10 * 1024 * 1024))
        let xml = instanceXML(id: "uuid:0a1b")
        #expect(await client.submit(instanceXML: xml, draftCode: "12345674") == .accepted(status: 201))
        #expect(await client.submit(instanceXML: xml, draftCode: "12345674") == .accepted(status: 201))
        #expect(try center.database.submissionCount() == 1)
        #expect(try center.database.instanceXML(instanceID: "uuid:0a1b") == xml)
        #expect(try center.database.submission(code: "12345674")?.state == .received)
    }

    @Test func anotherDocumentUnderAKnownInstanceIDIsAConflict() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let client = OpenRosaClient(credential: center.credential)
        #expect(await client.submit(instanceXML: instanceXML(id: "uuid:c1"), draftCode: nil) == .accepted(status: 201))
        #expect(await client.submit(instanceXML: instanceXML(id: "uuid:c1", name: "Khác"), draftCode: nil) == .conflict)
        #expect(try center.database.submissionCount() == 1)
    }

    @Test func aWrongTokenIsRefusedAndBasicWithTheTokenAsPasswordIsTaken() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let wrong = OpenRosaClient(credential: DeviceCredential(baseURL: center.baseURL, token: "not-a-token"))
        #expect(await wrong.preflight() == .failed(.unauthorized(status: 401)))
        #expect(
            await wrong.submit(instanceXML: instanceXML(id: "uuid:a1"), draftCode: nil) == .unauthorized(status: 401))
        let formList = try await raw(center, path: "formList", authorization: nil)
        #expect(formList.status == 401 && formList.headers["Www-Authenticate"]?.hasPrefix("Basic") == true)
        let wrongBearer = try await raw(center, path: "formList", authorization: "Bearer nope")
        #expect(wrongBearer.status == 401 && wrongBearer.headers["Www-Authenticate"]?.hasPrefix("Bearer") == true)
        #expect(!String(decoding: wrongBearer.body, as: UTF8.self).contains("xform"))

        // What ODK Collect sends: Basic with any user name and the token as password.
        var body = MultipartBody()
        body.addFile(
            name: "xml_submission_file", filename: "a.xml", contentType: "text/xml", content: instanceXML(id: "uuid:b1")
        )
        let basic = "Basic " + Data("collect:\(center.token)".utf8).base64EncodedString()
        let answer = try await raw(
            center, path: "submission", method: "POST", authorization: basic, contentType: body.contentType,
            body: body.finished)
        #expect(answer.status == 201)
        #expect(answer.headers["X-Openrosa-Version"] == "1.0")
        #expect(
            String(decoding: answer.body, as: UTF8.self).contains(
                "<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\">"))
        #expect(try center.database.submissionCount() == 1)
    }

    @Test func aCaptivePortalsPageIsNotSuccess() async throws {
        let portal = try await CaptivePortal.start()
        defer { Task { await portal.stop() } }
        let client = OpenRosaClient(
            credential: DeviceCredential(baseURL: URL(string: "http://127.0.0.1:\(portal.port)")!, token: "t"))
        #expect(await client.preflight() == .failed(.captivePortal(status: 200)))
        #expect(
            await client.submit(instanceXML: instanceXML(id: "uuid:p1"), draftCode: nil) == .captivePortal(status: 200))
    }

    @Test func aCenterThatIsDownIsATransportFailure() async throws {
        let center = try await CenterFixture()
        let port = center.port
        await center.stop()
        let client = OpenRosaClient(
            credential: DeviceCredential(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: center.token),
            timeout: 5)
        guard case .failed(.transport(let reason)) = await client.preflight() else {
            Issue.record("expected a transport failure")
            return
        }
        #expect(reason == "connection refused")
    }

    @Test func hostileUploadsAreRefusedAndNothingIsStored() async throws {
        let center = try await CenterFixture(maxSubmissionBytes: 64 * 1024)
        defer { Task { await center.stop() } }
        let bearer = "Bearer \(center.token)"
        func post(_ parts: [(String, String, Data)], contentType: String? = nil, auth: String? = nil) async throws
            -> Int
        {
            var body = MultipartBody()
            for (name, filename, content) in parts {
                body.addFile(name: name, filename: filename, contentType: "text/xml", content: content)
            }
            return try await raw(
                center, path: "submission", method: "POST", authorization: auth ?? bearer,
                contentType: contentType ?? body.contentType, body: body.finished
            ).status
        }
        let good = instanceXML(id: "uuid:h1")
        #expect(try await post([("xml_submission_file", "a.xml", good)], auth: "Bearer nope") == 401)
        #expect(try await post([("xml_submission_file", "a.xml", good)], auth: "") == 401)
        #expect(try await post([("xml_submission_file", "a.xml", Data(repeating: 65, count: 100_000))]) == 413)
        #expect(try await post([("other", "a.xml", good)]) == 400)
        #expect(try await post([("xml_submission_file", "a.xml", Data("<data id='x'><meta>".utf8))]) == 400)
        #expect(try await post([("xml_submission_file", "../../etc/passwd", good)]) == 400)
        #expect(try await post([("xml_submission_file", "a.xml", good)], contentType: "text/xml") == 415)
        let noInstanceID = Data("<data id=\"f\"><a>1</a></data>".utf8)
        #expect(try await post([("xml_submission_file", "a.xml", noInstanceID)]) == 400)
        let laughs = Data(
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><data id=\"f\"><x>&b;</x><meta><instanceID>uuid:z</instanceID></meta></data>"
                .utf8)
        #expect(try await post([("xml_submission_file", "a.xml", laughs)]) == 400)
        let deep = Data(
            ("<data id=\"f\">" + String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
                + "<meta><instanceID>uuid:d</instanceID></meta></data>").utf8)
        #expect(try await post([("xml_submission_file", "a.xml", deep)]) == 400)
        // A body cut off before its closing delimiter.
        var truncated = MultipartBody()
        truncated.addFile(name: "xml_submission_file", filename: "a.xml", contentType: "text/xml", content: good)
        let cut = try await raw(
            center, path: "submission", method: "POST", authorization: bearer, contentType: truncated.contentType,
            body: truncated.data.dropLast(10))
        #expect(cut.status == 400)
        #expect(try center.database.submissionCount() == 0)
        // And the good one still goes in.
        #expect(try await post([("xml_submission_file", "a.xml", good)]) == 201)
        #expect(try center.database.submissionCount() == 1)
    }

    @Test func theDraftStatusStaffSetIsWhatTheTerminalReads() async throws {
        let center = try await CenterFixture()
        defer { Task { await center.stop() } }
        let client = OpenRosaClient(credential: center.credential)
        #expect(try await client.draftStatus(code: "55555555") == nil)
        #expect(
            await client.submit(instanceXML: instanceXML(id: "uuid:s1"), draftCode: "55555555")
                == .accepted(status: 201))
        #expect(
            try await client.draftStatus(code: "55555555") == DraftStatusReport(code: "55555555", state: "received"))
        try center.database.setState(.rejected, reason: "thiếu giấy chứng sinh", instanceID: "uuid:s1", at: Date())
        #expect(
            try await client.draftStatus(code: "55555555")
                == DraftStatusReport(code: "55555555", state: "rejected", reason: "thiếu giấy chứng sinh"))
        let other = OpenRosaClient(credential: DeviceCredential(baseURL: center.baseURL, token: "wrong"))
        await #expect(throws: SyncError.self) { try await other.draftStatus(code: "55555555") }
    }
}

struct RawAnswer {
    var status: Int
    var headers: [String: String]
    var body: Data
}

/// A plain HTTP request with curl, another client than the terminal's, to send what the
/// terminal never would (and to see the challenge FoundationNetworking cannot return from).
func raw(
    _ center: CenterFixture, path: String, method: String = "GET", authorization: String?,
    contentType: String? = nil, body: Data? = nil
) async throws -> RawAnswer {
    let work = center.folder.appendingPathComponent("raw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    var arguments = ["-s", "-m", "120", "-X", method, "-D", work.appendingPathComponent("headers").path]
    arguments += ["-o", work.appendingPathComponent("body").path]
    if let authorization { arguments += ["-H", "Authorization: \(authorization)"] }
    if let contentType { arguments += ["-H", "Content-Type: \(contentType)"] }
    if let body {
        try body.write(to: work.appendingPathComponent("request"))
        arguments += ["--data-binary", "@" + work.appendingPathComponent("request").path]
    }
    arguments.append(center.baseURL.appendingPathComponent(path).absoluteString)
    let curl = try RunningProcess(URL(fileURLWithPath: "/usr/bin/curl"), arguments)
    _ = await curl.wait()
    let headerText = (try? String(contentsOf: work.appendingPathComponent("headers"), encoding: .utf8)) ?? ""
    var status = 0
    var headers: [String: String] = [:]
    for line in headerText.components(separatedBy: "\r\n") {
        if line.hasPrefix("HTTP/") {
            status = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        } else if let colon = line.firstIndex(of: ":") {
            headers[line[..<colon].capitalized] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }
    let data = (try? Data(contentsOf: work.appendingPathComponent("body"))) ?? Data()
    return RawAnswer(status: status, headers: headers, body: data)
}
