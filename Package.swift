// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chancery",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chancery", targets: ["ChanceryCLI"]),
        .library(name: "Chancery", targets: ["Chancery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "Chancery",
            dependencies: [
                "CGraphviz",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "ChanceryCLI",
            dependencies: [
                "Chancery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ChanceryTests",
            dependencies: ["Chancery", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["__Snapshots__", "Fixtures"]
        ),
        .testTarget(
            name: "ChanceryCLITests",
            dependencies: ["Chancery", "ChanceryCLI"]
        ),
    ]
)
