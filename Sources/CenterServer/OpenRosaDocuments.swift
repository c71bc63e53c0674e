import Foundation
import KioskForms

/// The XML documents the center answers with (OpenRosa form discovery and submission responses).
enum OpenRosaDocuments {
    static func formList(_ forms: [FormCatalog.Form], base: String) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n"
        for form in forms {
            xml += "  <xform>\n"
            xml += "    <formID>\(Markup.escape(form.formID))</formID>\n"
            xml += "    <name>\(Markup.escape(form.name))</name>\n"
            xml += "    <version>\(Markup.escape(form.version ?? ""))</version>\n"
            xml += "    <hash>\(form.hash)</hash>\n"
            xml +=
                "    <downloadUrl>\(Markup.escape(base))/forms/\(Markup.escape(form.formID))/form.xml</downloadUrl>\n"
            if !form.media.isEmpty {
                xml +=
                    "    <manifestUrl>\(Markup.escape(base))/forms/\(Markup.escape(form.formID))/manifest</manifestUrl>\n"
            }
            xml += "  </xform>\n"
        }
        return xml + "</xforms>\n"
    }

    static func manifest(_ form: FormCatalog.Form, base: String) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"http://openrosa.org/xforms/xformsManifest\">\n"
        for media in form.media {
            xml += "  <mediaFile>\n"
            xml += "    <filename>\(Markup.escape(media.filename))</filename>\n"
            xml += "    <hash>\(media.hash)</hash>\n"
            xml +=
                "    <downloadUrl>\(Markup.escape(base))/forms/\(Markup.escape(form.formID))/media/\(Markup.escape(media.filename))</downloadUrl>\n"
            xml += "  </mediaFile>\n"
        }
        return xml + "</manifest>\n"
    }

    /// An OpenRosaResponse with one message (`nature` as ODK servers use it).
    static func response(_ message: String, nature: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenRosaResponse xmlns="http://openrosa.org/http/response">
          <message nature="\(nature)">\(Markup.escape(message))</message>
        </OpenRosaResponse>

        """
    }
}
