import Foundation
import FoundationXML

extension ParsedElement {
    /// Parses a whole document and returns its root element.
    ///
    /// Any well-formedness error, a document without a root, or one that ends before its root
    /// closes is `.malformedXML`; nothing here traps, whatever the bytes.
    static func read(_ data: Data) throws(FormError) -> ParsedElement {
        // Forms are UTF-8 (ODK tools write nothing else). Anything else is refused here: Foundation's
        // XMLParser traps on a name that is not valid UTF-8 (found by fuzzing), so such bytes must
        // never reach it.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw .malformedXML("not valid UTF-8")
        }
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        // Forms never need external entities; resolving them would let a form read local files.
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let finished = parser.parse()
        // XMLParser on Linux may return true after reporting errors, so the builder's record counts.
        if let failure = builder.failure { throw .malformedXML(failure) }
        if !finished {
            throw .malformedXML(TreeBuilder.describe(parser.parserError, line: parser.lineNumber))
        }
        if !builder.open.isEmpty { throw .malformedXML("document ends inside <\(builder.open[0].qualifiedName)>") }
        guard let root = builder.root else { throw .malformedXML("no root element") }
        return root
    }
}

/// Collects XMLParser events into a `ParsedElement` tree.
///
/// Only ever used on the thread that runs one `parse()` call, and never shared.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    /// Elements started and not yet ended, outermost first.
    var open: [ParsedElement] = []
    var root: ParsedElement?
    var failure: String?
    /// Namespace scopes, innermost last: each element's declarations, to resolve attribute prefixes
    /// (XMLParser resolves element names itself but hands attributes over by qualified name).
    private var scopes: [[String: String]] = []
    private var pendingDeclarations: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        pendingDeclarations[prefix] = namespaceURI
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        // A value tree is built, and freed, recursively: a hostile document nested thousands deep
        // would overflow the stack. Real forms nest a few dozen levels at most.
        guard open.count < Self.maximumDepth else {
            failure = failure ?? "elements nested deeper than \(Self.maximumDepth) at line \(parser.lineNumber)"
            parser.abortParsing()
            return
        }
        scopes.append(pendingDeclarations)
        var element = ParsedElement(
            qualifiedName: qName ?? elementName, localName: elementName,
            namespaceURI: namespaceURI.flatMap { $0.isEmpty ? nil : $0 })
        element.declaredNamespaces = pendingDeclarations
        pendingDeclarations = [:]
        // The parser hands attributes over as a dictionary; sorting makes the tree deterministic.
        element.attributes = attributeDict.sorted { $0.key < $1.key }.map { name, value in
            guard let colon = name.firstIndex(of: ":") else {
                return ParsedAttribute(qualifiedName: name, localName: name, namespaceURI: nil, value: value)
            }
            let prefix = String(name[..<colon])
            return ParsedAttribute(
                qualifiedName: name, localName: String(name[name.index(after: colon)...]),
                namespaceURI: resolve(prefix), value: value)
        }
        open.append(element)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        _ = scopes.popLast()
        guard let element = open.popLast() else { return }
        if open.isEmpty {
            root = root ?? element
        } else {
            open[open.count - 1].content.append(.child(open[open.count - 1].children.count))
            open[open.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        append(String(decoding: block, as: UTF8.self))
    }

    private func append(_ text: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += text
        if case .text(let previous) = open[open.count - 1].content.last {
            open[open.count - 1].content[open[open.count - 1].content.count - 1] = .text(previous + text)
        } else {
            open[open.count - 1].content.append(.text(text))
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        // libxml2 reports its warnings through the same callback; they do not make XML malformed.
        guard !Self.warningCodes.contains(code), failure == nil else { return }
        failure = Self.describe(parseError, line: parser.lineNumber)
    }

    private func resolve(_ prefix: String) -> String? {
        if prefix == "xml" { return "http://www.w3.org/XML/1998/namespace" }
        return scopes.reversed().lazy.compactMap { $0[prefix] }.first
    }

    /// How deep elements may nest.
    static let maximumDepth = 128

    /// libxml2's XML_WAR_* codes (xmlerror.h), which XMLParser passes on as error codes.
    static let warningCodes: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107]

    /// XMLParser's NSError carries only libxml2's code, so the common ones get words here.
    static func describe(_ error: (any Error)?, line: Int) -> String {
        guard let error else { return "parser stopped at line \(line)" }
        let code = (error as NSError).code
        let reasons: [Int: String] = [
            4: "document is empty or not XML", 5: "extra content after the root element",
            9: "invalid character", 26: "undeclared entity", 38: "'<' in attribute value",
            39: "attribute value without quotes", 41: "attribute without value", 42: "attribute redefined",
            68: "name expected", 73: "'>' expected", 76: "end tag does not match start tag",
            77: "element not closed", 201: "undeclared namespace prefix",
        ]
        return "\(reasons[code] ?? "parse error") (libxml2 code \(code)) at line \(line)"
    }
}
