// swift-tools-version: 6.0
import PackageDescription

// Layers (../shared/DESIGN.md): executables -> KioskApp -> adapters -> pure modules -> nothing.
// Pure modules import Foundation only; adapters are the only targets that import C, GRDB or Crypto.

let package = Package(
    name: "VillageKiosk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kiosk", targets: ["kiosk"]),
        .executable(name: "center", targets: ["center"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // C libraries: module maps and shim headers only.
        .systemLibrary(name: "CCairo", path: "Sources/C/CCairo", pkgConfig: "pangocairo"),
        .systemLibrary(name: "CRSVG", path: "Sources/C/CRSVG", pkgConfig: "librsvg-2.0"),
        .systemLibrary(name: "CQREncode", path: "Sources/C/CQREncode", pkgConfig: "libqrencode"),
        .systemLibrary(name: "CX11", path: "Sources/C/CX11", pkgConfig: "cairo-xlib"),
        .systemLibrary(name: "CDRM", path: "Sources/C/CDRM", pkgConfig: "libdrm"),
        .systemLibrary(name: "CCUPS", path: "Sources/C/CCUPS"),
        .systemLibrary(name: "CEvdev", path: "Sources/C/CEvdev", pkgConfig: "libevdev"),
        .systemLibrary(name: "CALSA", path: "Sources/C/CALSA", pkgConfig: "alsa"),

        // Pure.
        .target(name: "KioskForms"),
        .target(name: "KioskProcedures", dependencies: ["KioskForms"]),
        .target(name: "KioskUI", dependencies: ["KioskForms", "KioskProcedures", "KioskQueue"]),
        .target(name: "KioskQueue"),
        // The queue board's protocol and behaviour, also compiled as Embedded Swift (Firmware/build.sh).
        .target(name: "QueueBoardProtocol", path: "Firmware/Sources/QueueBoardProtocol"),
        .target(name: "QueueBoardCore", dependencies: ["QueueBoardProtocol"], path: "Firmware/Sources/QueueBoardCore"),

        // Adapters.
        .target(
            name: "KioskGraphics", dependencies: ["KioskUI", "CCairo", "CRSVG", "CQREncode", "QueueBoardProtocol"]),
        .target(
            name: "KioskDevices", dependencies: ["KioskUI", "CX11", "CDRM", "CEvdev", "CALSA", "QueueBoardProtocol"]),
        .target(
            name: "KioskPrinting", dependencies: ["KioskForms", "KioskProcedures", "KioskGraphics", "CCairo", "CCUPS"]),
        .target(
            name: "KioskStore",
            dependencies: [
                "KioskForms",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // OpenRosa over FoundationNetworking's URLSession (AsyncHTTPClient would cost minutes of build).
        .target(name: "KioskSync", dependencies: ["KioskQueue", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "CenterServer",
            dependencies: [
                "KioskQueue", "KioskForms", "KioskProcedures", "KioskPrinting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]),

        // Composition.
        .target(
            name: "KioskApp",
            dependencies: [
                "KioskForms", "KioskProcedures", "KioskUI", "KioskGraphics", "KioskDevices", "KioskPrinting",
                "KioskStore", "KioskSync", "KioskQueue", "QueueBoardProtocol",
            ]),
        .executableTarget(
            name: "kiosk",
            dependencies: [
                "KioskApp", "KioskSync", "KioskDevices", "KioskGraphics", "QueueBoardProtocol",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .executableTarget(
            name: "center",
            dependencies: [
                "CenterServer", "KioskSync", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // The queue's benchmark: a center in process, tickets per second, Next to board and call.
        .executableTarget(name: "queue-bench", dependencies: ["CenterServer", "KioskSync", "KioskApp", "KioskQueue"]),

        // Test support, not shipped: the terminal's fixtures; programs run and polls awaited
        // without holding a thread; one seeded generator.
        .target(name: "KioskTesting", dependencies: ["KioskApp", "TestSupport"]),
        .target(name: "TestSupport"),
        .target(name: "SeededRandom"),

        .testTarget(
            name: "KioskFormsTests", dependencies: ["KioskForms", "TestSupport"], exclude: ["XLSForms"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KioskProceduresTests",
            dependencies: ["KioskProcedures", "KioskForms", "SeededRandom", "TestSupport"]),
        .testTarget(name: "KioskUITests", dependencies: ["KioskUI", "KioskGraphics", "KioskTesting", "KioskQueue"]),
        .testTarget(
            name: "KioskPrintingTests", dependencies: ["KioskPrinting", "KioskTesting", "SeededRandom", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "KioskStoreTests", dependencies: ["KioskStore"]),
        .testTarget(name: "KioskQueueTests", dependencies: ["KioskQueue", "SeededRandom"]),
        .testTarget(
            name: "KioskSyncTests",
            dependencies: [
                "KioskSync", "CenterServer", "KioskApp", "KioskStore", "SeededRandom",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .testTarget(
            name: "CenterServerTests",
            dependencies: [
                "CenterServer", "KioskQueue", "KioskSync", "KioskApp", "KioskDevices", "KioskUI", "KioskTesting",
                "SeededRandom", "TestSupport",
            ]),
        .testTarget(
            name: "KioskAppTests",
            dependencies: ["KioskApp", "KioskTesting", "CenterServer", "KioskSync", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "KioskDevicesTests", dependencies: ["KioskDevices"], resources: [.copy("Recordings")]),
        .testTarget(
            name: "QueueBoardProtocolTests", dependencies: ["QueueBoardProtocol", "QueueBoardCore", "SeededRandom"]),
        .testTarget(
            name: "QueueBoardSerialTests",
            dependencies: ["KioskDevices", "KioskGraphics", "QueueBoardProtocol", "QueueBoardCore", "CCairo"]),
    ],
    swiftLanguageModes: [.v6]
)
