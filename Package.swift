// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lessons",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Activations", targets: ["Activations"]),
        .library(name: "Plot", targets: ["Plot"]),
        .library(name: "Notebook", targets: ["Notebook"]),
        .library(name: "LessonKit", targets: ["LessonKit"]),
        // What lesson programs link against: built once, never per lesson.
        .library(name: "LessonRuntime", type: .dynamic, targets: ["Activations", "Plot", "Notebook"]),
        .executable(name: "lessons", targets: ["lessons"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CActivationKernels"),
        .target(name: "Activations", dependencies: ["CActivationKernels"], exclude: ["README.md", "Tensor/README.md"]),
        .target(name: "Plot", dependencies: ["Activations"], exclude: ["README.md"]),
        .target(name: "Notebook", dependencies: ["Plot"], exclude: ["README.md"]),
        .target(
            name: "LessonKit",
            dependencies: ["CCmark", "Activations", "Plot", .product(name: "Yams", package: "Yams")],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "lessons",
            dependencies: ["LessonKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "ActivationsBenchmark", dependencies: ["Activations"], path: "Benchmarks/ActivationsBenchmark"),
        .executableTarget(name: "TensorBenchmark", dependencies: ["Activations"], path: "Benchmarks/TensorBenchmark"),
        .executableTarget(name: "RenderBenchmark", dependencies: ["LessonKit"], path: "Benchmarks/RenderBenchmark"),
        .testTarget(name: "ActivationsTests", dependencies: ["Activations"], exclude: ["Reference"]),
        .testTarget(name: "TensorTests", dependencies: ["Activations"], exclude: ["Reference"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"], exclude: ["Golden"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"], exclude: ["Fixtures"]),
        .testTarget(name: "RenderTests", dependencies: ["LessonKit"], exclude: ["Golden", "Fixtures"]),
    ]
)
