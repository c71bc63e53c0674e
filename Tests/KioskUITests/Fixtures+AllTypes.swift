/// A form with a question of every kind the terminal asks, so every kind of screen is walked and checked.
extension Fixtures {
    static let ethnicGroups: [(value: String, label: String)] = [
        ("kinh", "Kinh"),
        ("tay", "Tày"),
        ("thai", "Thái"),
        ("muong", "Mường"),
        ("khmer", "Khmer"),
        ("hoa", "Hoa"),
        ("nung", "Nùng"),
        ("mong", "Mông"),
        ("dao", "Dao"),
        ("gia_rai", "Gia Rai"),
        ("e_de", "Ê Đê"),
        ("ba_na", "Ba Na"),
        ("san_chay", "Sán Chay"),
        ("cham", "Chăm"),
        ("co_ho", "Cơ Ho"),
        ("xo_dang", "Xơ Đăng"),
        ("san_diu", "Sán Dìu"),
        ("hre", "Hrê"),
        ("ra_glai", "Ra Glai"),
        ("mnong", "Mnông"),
        ("tho", "Thổ"),
        ("xtieng", "Xtiêng"),
        ("kho_mu", "Khơ Mú"),
        ("bru_van_kieu", "Bru - Vân Kiều"),
        ("co_tu", "Cơ Tu"),
        ("giay", "Giáy"),
        ("ta_oi", "Tà Ôi"),
        ("ma", "Mạ"),
        ("gie_trieng", "Giẻ - Triêng"),
        ("co", "Co"),
        ("cho_ro", "Chơ Ro"),
        ("xinh_mun", "Xinh Mun"),
        ("ha_nhi", "Hà Nhì"),
        ("chu_ru", "Chu Ru"),
        ("lao", "Lào"),
        ("la_chi", "La Chí"),
        ("khang", "Kháng"),
        ("phu_la", "Phù Lá"),
        ("la_hu", "La Hủ"),
        ("la_ha", "La Ha"),
        ("pa_then", "Pà Thẻn"),
        ("lu", "Lự"),
        ("ngai", "Ngái"),
        ("chut", "Chứt"),
        ("lo_lo", "Lô Lô"),
        ("mang", "Mảng"),
        ("co_lao", "Cơ Lao"),
        ("bo_y", "Bố Y"),
        ("cong", "Cống"),
        ("si_la", "Si La"),
        ("pu_peo", "Pu Péo"),
        ("ro_mam", "Rơ Măm"),
        ("brau", "Brâu"),
        ("o_du", "Ơ Đu"),
    ]

    static let documents = [
        "birth", "id", "household", "marriage", "death", "land", "house", "school", "health", "insurance", "tax",
        "other",
    ]

    /// Every kind of question, in the order the walk answers them:
    /// name (keyboard), birth_date (date), moved (month-year), id_number (id-number pad),
    /// weight (decimal pad), children (int pad), ethnicity (54-row list), languages (select, tiles),
    /// papers (select, list), note (read-only), confirm (trigger), agree (select one, tiles).
    static var allTypes: String {
        let ethnic = ethnicGroups.map { "<item><label>\($0.label)</label><value>\($0.value)</value></item>" }
        let papers = documents.map { "<item><label>Giấy tờ \($0)</label><value>\($0)</value></item>" }
        return """
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
            <h:head><h:title>Mọi loại câu hỏi</h:title><model><instance><data id="all-types">
            <name/><birth_date/><moved/><id_number/><weight/><children/><ethnicity/><languages/><papers/>
            <note/><confirm/><agree/></data></instance>
            <bind nodeset="/data/name" type="string" required="true()"/>
            <bind nodeset="/data/birth_date" type="date" required="true()"/>
            <bind nodeset="/data/moved" type="date"/>
            <bind nodeset="/data/id_number" type="string"/>
            <bind nodeset="/data/weight" type="decimal"/>
            <bind nodeset="/data/children" type="int"/>
            <bind nodeset="/data/ethnicity" type="string" required="true()"/>
            <bind nodeset="/data/languages" type="string"/>
            <bind nodeset="/data/papers" type="string"/>
            <bind nodeset="/data/note" type="string" readonly="true()" calculate="concat('Xin chào ', /data/name)"/>
            <bind nodeset="/data/confirm" type="string" required="true()"/>
            <bind nodeset="/data/agree" type="string"/>
            </model></h:head><h:body>
            <input ref="/data/name"><label>Họ, chữ đệm và tên của người được khai sinh</label></input>
            <input ref="/data/birth_date"><label>Ngày sinh</label></input>
            <input ref="/data/moved" appearance="month-year"><label>Bạn chuyển đến đây tháng nào?</label></input>
            <input ref="/data/id_number" appearance="numbers id-number"><label>Số định danh cá nhân</label>
              <hint>12 chữ số trên thẻ căn cước</hint></input>
            <input ref="/data/weight"><label>Cân nặng của trẻ (kg)</label></input>
            <input ref="/data/children"><label>Bạn có mấy con?</label></input>
            <select1 ref="/data/ethnicity"><label>Dân tộc</label>\(ethnic.joined())</select1>
            <select ref="/data/languages"><label>Bạn nói những tiếng nào?</label>
              <item><label>Tiếng Việt</label><value>vi</value></item><item><label>Tiếng Mông</label><value>hmn</value></item>
              <item><label>Tiếng Tày</label><value>tay</value></item><item><label>Tiếng Dao</label><value>dao</value></item>
            </select>
            <select ref="/data/papers"><label>Bạn mang theo những giấy tờ nào?</label>\(papers.joined())</select>
            <input ref="/data/note"><label>Cảm ơn! Bạn đã trả lời gần hết. Hãy đọc kỹ rồi bấm Tiếp theo.</label></input>
            <trigger ref="/data/confirm"><label>Tôi cam đoan những lời khai trên là đúng sự thật.</label></trigger>
            <select1 ref="/data/agree"><label>Bạn có muốn nhận tin nhắn?</label>
              <item><label>Có</label><value>yes</value></item><item><label>Không</label><value>no</value></item>
            </select1>
            </h:body></h:html>
            """
    }
}
