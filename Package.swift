// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RelGraph", targets: ["RelGraph"]),
        .executable(name: "relgraph", targets: ["RelGraphCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "CGraphviz",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        // SQLite, loaded from the system's libsqlite3.so.0 at run time: no header or -dev package needed.
        .target(
            name: "CSQLite",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .target(
            name: "RelGraph",
            dependencies: ["CGraphviz", "CSQLite", .product(name: "Yams", package: "Yams")]
        ),
        // The module is named apart from the library (RelGraph) so that the two never clash on a
        // case-insensitive file system; the product, and so the binary, is `relgraph`.
        .executableTarget(
            name: "RelGraphCLI",
            dependencies: ["RelGraph", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/relgraph"
        ),
        // `swift run -c release relgraph-writer-benchmark`: times the writers on a large graph (Benchmarks/README.md).
        .executableTarget(
            name: "relgraph-writer-benchmark",
            dependencies: ["RelGraph"],
            path: "Benchmarks/WriterBenchmark"
        ),
        .testTarget(
            name: "RelGraphTests",
            dependencies: ["RelGraph", "RelGraphCLI", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
