import Foundation

/// The XML documents the center answers with (OpenRosa form discovery and submission responses).
enum OpenRosaDocuments {
    static func formList(_ forms: [FormCatalog.Form], base: String) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n"
        for form in forms {
            xml += "  <xform>\n"
            xml += "    <formID>\(HTML.escape(form.formID))</formID>\n"
            xml += "    <name>\(HTML.escape(form.name))</name>\n"
            xml += "    <version>\(HTML.escape(form.version ?? ""))</version>\n"
            xml += "    <hash>\(form.hash)</hash>\n"
            xml += "    <downloadUrl>\(HTML.escape(base))/forms/\(HTML.escape(form.formID))/form.xml</downloadUrl>\n"
            if !form.media.isEmpty {
                xml +=
                    "    <manifestUrl>\(HTML.escape(base))/forms/\(HTML.escape(form.formID))/manifest</manifestUrl>\n"
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
            xml += "    <filename>\(HTML.escape(media.filename))</filename>\n"
            xml += "    <hash>\(media.hash)</hash>\n"
            xml +=
                "    <downloadUrl>\(HTML.escape(base))/forms/\(HTML.escape(form.formID))/media/\(HTML.escape(media.filename))</downloadUrl>\n"
            xml += "  </mediaFile>\n"
        }
        return xml + "</manifest>\n"
    }

    /// An OpenRosaResponse with one message (`nature` as ODK servers use it).
    static func response(_ message: String, nature: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenRosaResponse xmlns="http://openrosa.org/http/response">
          <message nature="\(nature)">\(HTML.escape(message))</message>
        </OpenRosaResponse>

        """
    }
}
