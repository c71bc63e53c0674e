import CDRM
import Foundation

/// An open DRM card (`/dev/dri/cardN`): its connectors and CRTCs, shared by the outputs driven
/// on it so two outputs never claim the same CRTC.
@MainActor
public final class DRMCard {
    /// A connector as the kernel names it ("HDMI-A-1", "Virtual-2") and what it offers.
    public struct Connector: Sendable, Equatable {
        public var id: UInt32
        public var name: String
        public var connected: Bool
        /// Modes as "WxH@Hz", preferred first.
        public var modes: [String]
    }

    public let path: String
    let fd: Int32
    var claimedCRTCs: Set<UInt32> = []

    /// Whether a DRM card is present to try.
    public nonisolated static func exists(path: String = "/dev/dri/card0") -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Opens the card. The corresponding C function is `open`.
    public init(path: String = "/dev/dri/card0") throws(DeviceError) {
        fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw DeviceError.lastErrno("open", path) }
        self.path = path
    }

    isolated deinit { close(fd) }

    /// Every connector of the card.
    public func connectors() throws(DeviceError) -> [Connector] {
        try withResources { resources throws(DeviceError) in
            (0..<Int(resources.count_connectors)).compactMap { index in
                guard let connector = drmModeGetConnector(fd, resources.connectors[index]) else { return nil }
                defer { drmModeFreeConnector(connector) }
                let c = connector.pointee
                let modes = Self.modes(of: c).map { "\($0.hdisplay)x\($0.vdisplay)@\($0.vrefresh)" }
                return Connector(
                    id: c.connector_id, name: Self.name(of: c), connected: c.connection == DRM_MODE_CONNECTED,
                    modes: modes)
            }
        }
    }

    func withResources<T>(_ body: (drmModeRes) throws(DeviceError) -> T) throws(DeviceError) -> T {
        guard let resources = drmModeGetResources(fd) else { throw DeviceError.lastErrno("get resources", path) }
        defer { drmModeFreeResources(resources) }
        return try body(resources.pointee)
    }

    /// "HDMI-A-1": the connector type's name and its number, as the kernel and xrandr spell it.
    static func name(of connector: drmModeConnector) -> String {
        let type = drmModeGetConnectorTypeName(connector.connector_type).map { String(cString: $0) } ?? "Unknown"
        return "\(type)-\(connector.connector_type_id)"
    }

    /// A connector's modes, the preferred one first.
    static func modes(of connector: drmModeConnector) -> [drmModeModeInfo] {
        let all = (0..<Int(connector.count_modes)).map { connector.modes[$0] }
        let preferred = all.filter { $0.type & UInt32(DRM_MODE_TYPE_PREFERRED) != 0 }
        return preferred + all.filter { $0.type & UInt32(DRM_MODE_TYPE_PREFERRED) == 0 }
    }

    /// What an output needs to start: connector, mode and a free CRTC that can drive it.
    struct Route {
        var connector: UInt32
        var name: String
        var crtc: UInt32
        var mode: drmModeModeInfo
    }

    /// Picks the connector named `name` (else the first connected one not in use), its mode
    /// ("1280x800", else the preferred one) and a CRTC no other output has claimed.
    func route(connector wanted: String?, mode wantedMode: String?) throws(DeviceError) -> Route {
        try withResources { resources throws(DeviceError) in
            var seen: [String] = []
            for index in 0..<Int(resources.count_connectors) {
                guard let handle = drmModeGetConnector(fd, resources.connectors[index]) else { continue }
                defer { drmModeFreeConnector(handle) }
                let connector = handle.pointee
                let name = Self.name(of: connector)
                seen.append(name)
                if let wanted, wanted != name { continue }
                guard connector.connection == DRM_MODE_CONNECTED, connector.count_modes > 0 else {
                    if wanted != nil {
                        throw DeviceError(operation: "find output", context: name, reason: "not connected")
                    }
                    continue
                }
                let modes = Self.modes(of: connector)
                var mode = modes[0]
                if let wantedMode {
                    guard let match = modes.first(where: { "\($0.hdisplay)x\($0.vdisplay)" == wantedMode }) else {
                        throw DeviceError(
                            operation: "find mode", context: "\(wantedMode) on \(name)", reason: "not offered")
                    }
                    mode = match
                }
                guard let crtc = freeCRTC(for: connector, resources: resources) else {
                    if wanted != nil {
                        throw DeviceError(operation: "find output", context: name, reason: "no free CRTC")
                    }
                    continue
                }
                return Route(connector: connector.connector_id, name: name, crtc: crtc, mode: mode)
            }
            throw DeviceError(
                operation: "find output", context: wanted ?? path,
                reason: "no connected connector with a mode (connectors: \(seen.joined(separator: ", ")))")
        }
    }

    /// The connector's current CRTC if free, else the first free one its encoders can use.
    func freeCRTC(for connector: drmModeConnector, resources: drmModeRes) -> UInt32? {
        if let encoder = drmModeGetEncoder(fd, connector.encoder_id) {
            defer { drmModeFreeEncoder(encoder) }
            let crtc = encoder.pointee.crtc_id
            if crtc != 0, !claimedCRTCs.contains(crtc) { return crtc }
        }
        for e in 0..<Int(connector.count_encoders) {
            guard let encoder = drmModeGetEncoder(fd, connector.encoders[e]) else { continue }
            defer { drmModeFreeEncoder(encoder) }
            for i in 0..<Int(resources.count_crtcs) where encoder.pointee.possible_crtcs & (1 << UInt32(i)) != 0 {
                if !claimedCRTCs.contains(resources.crtcs[i]) { return resources.crtcs[i] }
            }
        }
        return nil
    }
}
