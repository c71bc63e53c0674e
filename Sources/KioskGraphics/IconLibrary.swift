import CCairo
import CRSVG
import Foundation
import KioskUI

/// SVG icons by name, looked up in a list of folders and kept parsed after first use.
/// "person", "person.svg" and "jr://images/person.svg" all name Assets/icons/person.svg (or
/// person.svg in a form's media folder, which comes first in `directories`).
public final class IconLibrary {
    let directories: [URL]
    var handles: [String: UnsafeMutablePointer<RsvgHandle>?] = [:]

    public init(directories: [URL]) {
        self.directories = directories
    }

    deinit {
        for case let handle? in handles.values {
            g_object_unref(UnsafeMutableRawPointer(handle))
        }
    }

    /// The file an icon name refers to, if there is one.
    public func file(for name: String) -> URL? {
        var base = name
        if let range = base.range(of: "jr://images/") { base = String(base[range.upperBound...]) }
        if !base.hasSuffix(".svg") { base += ".svg" }
        // Icon names come from forms written by others: never let one climb out of its folder.
        guard !base.contains("/"), !base.hasPrefix(".") else { return nil }
        return directories.lazy.map { $0.appendingPathComponent(base) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Renders the icon fitted into `rect`; false when there is no such icon or it is not valid SVG.
    /// The corresponding C function is `rsvg_handle_render_document`.
    @discardableResult
    func render(_ name: String, in rect: Rect, on cr: OpaquePointer) -> Bool {
        guard let handle = handle(for: name) else { return false }
        var viewport = RsvgRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        var error: UnsafeMutablePointer<GError>?
        let ok = rsvg_handle_render_document(handle, cr, &viewport, &error) != 0
        if let error { g_error_free(error) }
        return ok
    }

    func handle(for name: String) -> UnsafeMutablePointer<RsvgHandle>? {
        if let cached = handles[name] { return cached }
        var handle: UnsafeMutablePointer<RsvgHandle>?
        if let url = file(for: name) {
            var error: UnsafeMutablePointer<GError>?
            handle = rsvg_handle_new_from_file(url.path, &error)
            if let error { g_error_free(error) }
        }
        handles[name] = handle
        return handle
    }
}
