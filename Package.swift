// swift-tools-version: 6.0
import PackageDescription

// Layers (../shared/DESIGN.md): executables -> KioskApp -> adapters -> pure modules -> nothing.
// Pure modules import Foundation only; adapters are the only targets that import C, GRDB or Crypto.

let package = Package(
    name: "VillageKiosk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kiosk", targets: ["kiosk"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries: module maps and shim headers only.
        .systemLibrary(name: "CCairo", path: "Sources/C/CCairo", pkgConfig: "pangocairo"),
        .systemLibrary(name: "CRSVG", path: "Sources/C/CRSVG", pkgConfig: "librsvg-2.0"),
        .systemLibrary(name: "CQREncode", path: "Sources/C/CQREncode", pkgConfig: "libqrencode"),
        .systemLibrary(name: "CX11", path: "Sources/C/CX11", pkgConfig: "cairo-xlib"),
        .systemLibrary(name: "CDRM", path: "Sources/C/CDRM", pkgConfig: "libdrm"),
        .systemLibrary(name: "CCUPS", path: "Sources/C/CCUPS"),

        // Pure.
        .target(name: "KioskForms"),
        .target(name: "KioskProcedures", dependencies: ["KioskForms"]),
        .target(name: "KioskUI", dependencies: ["KioskForms", "KioskProcedures"]),

        // Adapters.
        .target(name: "KioskGraphics", dependencies: ["KioskUI", "CCairo", "CRSVG", "CQREncode"]),
        .target(name: "KioskDevices", dependencies: ["KioskUI", "CX11", "CDRM"]),
        .target(
            name: "KioskPrinting", dependencies: ["KioskForms", "KioskProcedures", "KioskGraphics", "CCairo", "CCUPS"]),
        .target(
            name: "KioskStore",
            dependencies: [
                "KioskForms",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // Composition.
        .target(
            name: "KioskApp",
            dependencies: [
                "KioskForms", "KioskProcedures", "KioskUI", "KioskGraphics", "KioskDevices", "KioskPrinting",
                "KioskStore",
            ]),
        .executableTarget(
            name: "kiosk",
            dependencies: [
                "KioskApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Test support, not shipped.
        .target(name: "KioskTesting", dependencies: ["KioskApp"]),

        .testTarget(
            name: "KioskFormsTests", dependencies: ["KioskForms"], exclude: ["XLSForms"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "KioskProceduresTests", dependencies: ["KioskProcedures", "KioskForms"]),
        .testTarget(name: "KioskUITests", dependencies: ["KioskUI", "KioskGraphics", "KioskTesting"]),
        .testTarget(
            name: "KioskPrintingTests", dependencies: ["KioskPrinting", "KioskTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "KioskStoreTests", dependencies: ["KioskStore"]),
        .testTarget(name: "KioskAppTests", dependencies: ["KioskApp", "KioskTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
