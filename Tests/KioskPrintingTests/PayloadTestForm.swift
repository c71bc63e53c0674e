import Foundation
import KioskForms

/// A realistic 40-question form (a residence registration, "Tờ khai thay đổi thông tin cư trú")
/// and a citizen's answers, to measure and test the payload. Built here rather than read from a
/// fixture file, so the test target needs no resources.
enum PayloadTestForm {
    /// Question names and a filled-in answer, in form order. Some answers are empty, as in life.
    static let fields: [(name: String, answer: String)] = [
        ("ho_ten", "Nguyễn Thị Hồng Nhung"), ("ngay_sinh", "1987-04-23"), ("gioi_tinh", "nu"),
        ("so_cccd", "064187001234"), ("ngay_cap", "2021-06-15"),
        ("noi_cap", "Cục Cảnh sát quản lý hành chính về trật tự xã hội"), ("dan_toc", "jrai"),
        ("ton_giao", "khong"), ("quoc_tich", "VN"), ("que_quan", "Xã Ia Grai, tỉnh Gia Lai"),
        ("thuong_tru", "Thôn Đăk Pơ, xã Ia Grai, tỉnh Gia Lai"), ("tam_tru", "Tổ 3, phường Hội Phú, tỉnh Gia Lai"),
        ("noi_o_hien_tai", "Thôn Đăk Pơ, xã Ia Grai, tỉnh Gia Lai"), ("dien_thoai", "0912345678"), ("email", ""),
        ("nghe_nghiep", "Làm nông"), ("noi_lam_viec", ""), ("ho_ten_cha", "Nguyễn Văn Hùng"),
        ("nam_sinh_cha", "1960"), ("ho_ten_me", "Rơ Mah H'Bia"), ("nam_sinh_me", "1963"),
        ("ho_ten_vo_chong", "Siu Blơng"), ("chu_ho", "Nguyễn Văn Hùng"), ("quan_he_chu_ho", "con"),
        ("so_thanh_vien", "5"), ("ly_do", "Chuyển về sống cùng gia đình sau khi kết hôn"),
        ("ngay_chuyen_den", "2025-11-01"), ("dia_chi_cu", "Làng Plei Ku, xã Ia Ly, tỉnh Gia Lai"),
        ("giay_to_kem_theo", "cccd giay_ket_hon xac_nhan_cu_tru"), ("so_ban_sao", "2"),
        ("nhan_ket_qua", "buu_dien"), ("dia_chi_nhan", "Thôn Đăk Pơ, xã Ia Grai, tỉnh Gia Lai"),
        ("nguoi_nhan_thay", ""), ("so_cccd_nguoi_nhan", ""),
        ("ghi_chu", "Gọi buổi sáng | không gọi sau 17:00\nCảm ơn \\ chúc sức khỏe"), ("co_khuyet_tat", "khong"),
        ("can_ho_tro", "doc_giup"), ("ngon_ngu", "jra"), ("dong_y", "yes"), ("ngay_khai", "2026-11-22"),
    ]

    static let formID = "thay-doi-cu-tru"
    static let version = "2026112201"

    static var answers: [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ("/data/\($0.name)", $0.answer) })
    }

    static let form: XForm = {
        let leaves = fields.map { "<\($0.name)/>" }.joined(separator: "\n")
        let binds = fields.map { "<bind nodeset=\"/data/\($0.name)\" type=\"string\"/>" }.joined(separator: "\n")
        let body = fields.map { "<input ref=\"/data/\($0.name)\"><label>\($0.name)</label></input>" }
            .joined(separator: "\n")
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                    xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
              <h:head>
                <h:title>Tờ khai thay đổi thông tin cư trú</h:title>
                <model>
                  <instance>
                    <data id="\(formID)" version="\(version)">
                    \(leaves)
                    <meta><instanceID/></meta>
                    </data>
                  </instance>
                  \(binds)
                  <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
                </model>
              </h:head>
              <h:body>
              \(body)
              </h:body>
            </h:html>
            """
        return try! XForm.parse(Data(xml.utf8))
    }()

    /// The submission's instance XML, as the terminal uploads it.
    static func submissionXML() throws -> String {
        var session = FormSession(form: form, startedAt: Date(timeIntervalSince1970: 1_773_300_000))
        for (path, value) in answers where !value.isEmpty {
            try session.answer(value, at: path, in: form)
        }
        return session.submissionXML(
            form: form, instanceID: "uuid:6f1c2a43-3c55-4bd7-9d43-2f0a9c1e7b10",
            endedAt: Date(timeIntervalSince1970: 1_773_300_600))
    }
}
