import Foundation
import KioskForms
import KioskProcedures

/// The forms and catalog the UI tests walk. They are frozen copies, not the shipped Assets (which
/// change as the real forms are written), so a test fails for what the UI does, not for a new question.
enum Fixtures {
    static func catalog() throws -> Catalog {
        Catalog(procedures: [
            Procedure(
                id: "birth-certificate-copy", form: "birth-certificate-copy", icon: "certificate",
                names: ["vi": "Xin bản sao giấy khai sinh", "en": "Copy of a birth certificate"],
                agency: ["vi": "Ủy ban nhân dân", "en": "People's Committee of"]),
            Procedure(
                id: "all-types", form: "all-types", icon: "person",
                names: ["vi": "Mọi loại câu hỏi", "en": "Every kind of question"], agency: ["vi": "Ủy ban nhân dân"]),
        ])
    }

    static func forms() throws -> [String: XForm] {
        let birth = try XForm.parse(Data(birthCertificateCopy.utf8))
        let all = try XForm.parse(Data(allTypes.utf8))
        return [birth.id: birth, all.id: all]
    }

    /// The Assets folder, for the icons of rendered screens.
    static let assets = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets")

    /// The birth certificate copy form as it first shipped: a select, an int, two selects.
    static let birthCertificateCopy = """
        <?xml version="1.0" encoding="utf-8"?>
        <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:ev="http://www.w3.org/2001/xml-events"
                xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa"
                xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms"
                xmlns:xsd="http://www.w3.org/2001/XMLSchema">
          <h:head>
            <h:title>Bản sao trích lục khai sinh</h:title>
            <model odk:xforms-version="1.0.0">
              <itext>
                <translation lang="Tiếng Việt (vi)" default="true()">
                  <text id="/data/for_whom:label">
                    <value>Bạn xin bản sao khai sinh cho ai?</value>
                    <value form="audio">jr://audio/for_whom.wav</value>
                    <value form="image">jr://images/person.svg</value>
                  </text>
                  <text id="/data/for_whom/self:label"><value>Cho bản thân tôi</value><value form="image">jr://images/person.svg</value></text>
                  <text id="/data/for_whom/child:label"><value>Cho con tôi</value><value form="image">jr://images/child.svg</value></text>
                  <text id="/data/for_whom/parent:label"><value>Cho cha hoặc mẹ tôi</value><value form="image">jr://images/elder.svg</value></text>
                  <text id="/data/birth_year:label">
                    <value>Người đó sinh năm nào?</value>
                    <value form="audio">jr://audio/birth_year.wav</value>
                    <value form="image">jr://images/calendar.svg</value>
                  </text>
                  <text id="/data/birth_year:hint"><value>Bấm bốn chữ số, ví dụ 1985</value></text>
                  <text id="/data/copies:label">
                    <value>Bạn cần mấy bản sao?</value>
                    <value form="audio">jr://audio/copies.wav</value>
                    <value form="image">jr://images/copies.svg</value>
                  </text>
                  <text id="/data/copies/1:label"><value>Một bản</value></text>
                  <text id="/data/copies/2:label"><value>Hai bản</value></text>
                  <text id="/data/copies/3:label"><value>Ba bản</value></text>
                  <text id="/data/receive:label">
                    <value>Bạn muốn nhận kết quả ở đâu?</value>
                    <value form="audio">jr://audio/receive.wav</value>
                    <value form="image">jr://images/house.svg</value>
                  </text>
                  <text id="/data/receive/office:label"><value>Tại Trung tâm phục vụ hành chính công xã</value><value form="image">jr://images/house.svg</value></text>
                  <text id="/data/receive/post:label"><value>Gửi qua bưu điện</value><value form="image">jr://images/mail.svg</value></text>
                </translation>
                <translation lang="English (en)">
                  <text id="/data/for_whom:label">
                    <value>Whose birth certificate copy do you need?</value>
                    <value form="audio">jr://audio/en/for_whom.wav</value>
                    <value form="image">jr://images/person.svg</value>
                  </text>
                  <text id="/data/for_whom/self:label"><value>My own</value><value form="image">jr://images/person.svg</value></text>
                  <text id="/data/for_whom/child:label"><value>My child's</value><value form="image">jr://images/child.svg</value></text>
                  <text id="/data/for_whom/parent:label"><value>My father's or mother's</value><value form="image">jr://images/elder.svg</value></text>
                  <text id="/data/birth_year:label">
                    <value>In which year was that person born?</value>
                    <value form="audio">jr://audio/en/birth_year.wav</value>
                    <value form="image">jr://images/calendar.svg</value>
                  </text>
                  <text id="/data/birth_year:hint"><value>Press four digits, for example 1985</value></text>
                  <text id="/data/copies:label">
                    <value>How many copies do you need?</value>
                    <value form="audio">jr://audio/en/copies.wav</value>
                    <value form="image">jr://images/copies.svg</value>
                  </text>
                  <text id="/data/copies/1:label"><value>One copy</value></text>
                  <text id="/data/copies/2:label"><value>Two copies</value></text>
                  <text id="/data/copies/3:label"><value>Three copies</value></text>
                  <text id="/data/receive:label">
                    <value>Where do you want to receive it?</value>
                    <value form="audio">jr://audio/en/receive.wav</value>
                    <value form="image">jr://images/house.svg</value>
                  </text>
                  <text id="/data/receive/office:label"><value>At the commune service center</value><value form="image">jr://images/house.svg</value></text>
                  <text id="/data/receive/post:label"><value>By post</value><value form="image">jr://images/mail.svg</value></text>
                </translation>
              </itext>
              <instance>
                <data id="birth-certificate-copy" version="2026112201">
                  <for_whom/>
                  <birth_year/>
                  <copies/>
                  <receive/>
                  <meta>
                    <instanceID/>
                  </meta>
                </data>
              </instance>
              <bind nodeset="/data/for_whom" type="string" required="true()"/>
              <bind nodeset="/data/birth_year" type="int" required="true()"/>
              <bind nodeset="/data/copies" type="string" required="true()"/>
              <bind nodeset="/data/receive" type="string" required="true()"/>
              <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
            </model>
          </h:head>
          <h:body>
            <select1 ref="/data/for_whom">
              <label ref="jr:itext('/data/for_whom:label')"/>
              <item><label ref="jr:itext('/data/for_whom/self:label')"/><value>self</value></item>
              <item><label ref="jr:itext('/data/for_whom/child:label')"/><value>child</value></item>
              <item><label ref="jr:itext('/data/for_whom/parent:label')"/><value>parent</value></item>
            </select1>
            <input ref="/data/birth_year">
              <label ref="jr:itext('/data/birth_year:label')"/>
              <hint ref="jr:itext('/data/birth_year:hint')"/>
            </input>
            <select1 ref="/data/copies">
              <label ref="jr:itext('/data/copies:label')"/>
              <item><label ref="jr:itext('/data/copies/1:label')"/><value>1</value></item>
              <item><label ref="jr:itext('/data/copies/2:label')"/><value>2</value></item>
              <item><label ref="jr:itext('/data/copies/3:label')"/><value>3</value></item>
            </select1>
            <select1 ref="/data/receive">
              <label ref="jr:itext('/data/receive:label')"/>
              <item><label ref="jr:itext('/data/receive/office:label')"/><value>office</value></item>
              <item><label ref="jr:itext('/data/receive/post:label')"/><value>post</value></item>
            </select1>
          </h:body>
        </h:html>
        """
}
