import Foundation

@testable import KioskForms

/// The form data most tests run against.
let xpathSampleXML = """
    <data id="household">
      <name>Nguyễn Văn An</name>
      <age>42</age>
      <dob>1982-03-05</dob>
      <flag>false</flag>
      <empty></empty>
      <choices>a c</choices>
      <nums><n>3</n><n>5</n><n>7</n></nums>
      <other><n>7</n><n>9</n></other>
      <people>
        <person><pname>Lan</pname><page>35</page></person>
        <person><pname>Minh</pname><page>12</page></person>
        <person><pname>Hoa</pname><page>64</page></person>
      </people>
      <address><province>GL</province><commune/></address>
      <a>first</a>
      <b>second</b>
      <meta><instanceID>uuid:1</instanceID></meta>
    </data>
    """

let xpathCommunesXML = """
    <root>
      <item><code>1</code><province>GL</province><name>Ia Grai</name></item>
      <item><code>2</code><province>HG</province><name>Đồng Văn</name></item>
      <item><code>3</code><province>GL</province><name>Chư Sê</name></item>
    </root>
    """

/// 2024-01-15 17:30:00 UTC: already 2024-01-16 00:30 in Viet Nam (UTC+7), to catch time-zone slips.
let xpathSampleNow = Date(timeIntervalSince1970: 1_705_339_800)
let xpathTimeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .current

struct XPathFixture {
    var model: TestXMLModel

    init() throws {
        model = try TestXMLModel(primary: xpathSampleXML, instances: ["communes": xpathCommunesXML])
    }

    func context(at path: String = "data", current: String? = nil, workLimit: Int = 1_000_000)
        -> XPathContext<TestXMLModel>
    {
        let node = model.node(path) ?? model.documentRoot(instance: nil) ?? TestXMLModel.Node(index: 0)
        var counter: UInt64 = 0
        return XPathContext(
            model: model, node: node, current: current.flatMap { model.node($0) }, now: xpathSampleNow,
            timeZone: xpathTimeZone,
            itext: { $0 == "greeting" ? "Xin chào" : nil },
            choiceName: { value, node in "label(\(value)@\(model.name(of: node)))" },
            random: {
                counter &+= 0x9E37_79B9_7F4A_7C15
                return counter
            },
            workLimit: workLimit)
    }

    func evaluate(_ expression: String, at path: String = "data", current: String? = nil) throws
        -> XPathValue<TestXMLModel.Node>
    {
        try XPathExpression.parse(expression).evaluate(in: context(at: path, current: current))
    }

    func string(_ expression: String, at path: String = "data", current: String? = nil) throws -> String {
        try evaluate(expression, at: path, current: current).asString(using: model)
    }

    func number(_ expression: String, at path: String = "data") throws -> Double {
        try evaluate(expression, at: path).asNumber(using: model)
    }

    func boolean(_ expression: String, at path: String = "data") throws -> Bool {
        try evaluate(expression, at: path).asBoolean
    }

    /// The names of the nodes an expression selects, in the order returned.
    func names(_ expression: String, at path: String = "data", current: String? = nil) throws -> [String] {
        guard case .nodes(let nodes) = try evaluate(expression, at: path, current: current) else {
            return ["<not a node-set>"]
        }
        return nodes.map { model.name(of: $0) + "=" + model.stringValue(of: $0) }
    }
}

/// The error an expression gives when parsed and then evaluated, or nil.
func xpathErrorMessage(_ expression: String) -> String? {
    do {
        let fixture = try XPathFixture()
        _ = try fixture.evaluate(expression)
        return nil
    } catch let error as XPathError {
        return error.description
    } catch {
        return "\(error)"
    }
}
