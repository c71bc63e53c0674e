import KioskForms
import Testing

/// Text from citizens and forms put into XML, HTML and Pango markup cannot become markup.
@Suite struct MarkupTests {
    @Test func markupCharactersBecomeEntitiesAndTheRestStays() {
        #expect(
            Markup.escape("Rơ Lan H'Bia <b>\"& co\"</b>") == "Rơ Lan H&#39;Bia &lt;b&gt;&quot;&amp; co&quot;&lt;/b&gt;")
        #expect(Markup.escape("Giàng Thị Mai, thôn Lô Lô Chải") == "Giàng Thị Mai, thôn Lô Lô Chải")
        #expect(Markup.escape("") == "")
    }
}
