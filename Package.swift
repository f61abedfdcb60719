// swift-tools-version: 6.0
import PackageDescription

/// The targets lesson programs link against, as one dynamic library built once per runtime version.
/// `RuntimeModules.targets` (LessonProtocol) lists the same names; a test keeps the two in step.
let runtimeTargets = ["CActivationKernels", "LessonProtocol", "Activations", "Tensors", "Plot", "Notebook"]

let package = Package(
    name: "lessons",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Activations", targets: ["Activations"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "Plot", targets: ["Plot"]),
        .library(name: "Notebook", targets: ["Notebook"]),
        .library(name: "LessonCore", targets: ["LessonCore"]),
        .library(name: "LessonRender", targets: ["LessonRender"]),
        // What lesson programs link against: built once, never per lesson.
        .library(name: "LessonRuntime", type: .dynamic, targets: runtimeTargets),
        .executable(name: "lessons", targets: ["lessons"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The runtime: what snippets compute with and how they talk to the engine.
        .target(name: "CActivationKernels", exclude: ["README.md"]),
        .target(name: "LessonProtocol", exclude: ["README.md"]),
        .target(name: "Activations", dependencies: ["CActivationKernels", "LessonProtocol"], exclude: ["README.md"]),
        .target(name: "Tensors", dependencies: ["Activations"], exclude: ["README.md"]),
        .target(name: "Plot", dependencies: ["Activations", "LessonProtocol"], exclude: ["README.md"]),
        .target(name: "Notebook", dependencies: ["Plot", "LessonProtocol"], exclude: ["README.md"]),

        // The engine and its pages: they know nothing of activations, tensors or plots.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "LessonCore",
            dependencies: [
                "CCmark", "LessonProtocol", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "LessonRender",
            dependencies: ["LessonCore", .product(name: "Crypto", package: "swift-crypto")], exclude: ["README.md"],
            resources: [
                .copy("Resources/style.css"), .copy("Resources/search.js"), .copy("Resources/copy.js"),
                .copy("Resources/editions.js"), .copy("Resources/explore.js"),
            ]
        ),
        .target(
            name: "LessonServe",
            dependencies: ["LessonCore", "LessonRender", .product(name: "FlyingFox", package: "FlyingFox")],
            exclude: ["README.md"],
            resources: [.copy("Resources/reload.js"), .copy("Resources/problems.css")]
        ),

        // A page source plugin: the activation reference pages.
        .target(
            name: "ActivationReference",
            dependencies: ["LessonRender", "Activations", "Plot"],
            exclude: ["README.md"]
        ),

        .executableTarget(
            name: "lessons",
            dependencies: [
                "LessonCore", "LessonRender", "LessonServe", "ActivationReference",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),

        .executableTarget(
            name: "ActivationsBenchmark", dependencies: ["Activations"], path: "Benchmarks/ActivationsBenchmark"),
        .executableTarget(name: "TensorBenchmark", dependencies: ["Tensors"], path: "Benchmarks/TensorBenchmark"),
        .executableTarget(name: "RenderBenchmark", dependencies: ["LessonRender"], path: "Benchmarks/RenderBenchmark"),

        .testTarget(name: "ActivationsTests", dependencies: ["Activations"], exclude: ["Reference"]),
        .testTarget(name: "TensorTests", dependencies: ["Tensors", "LessonProtocol"], exclude: ["Reference"]),
        .testTarget(name: "LessonProtocolTests", dependencies: ["LessonProtocol"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "Tensors"], exclude: ["Golden"]),
        .target(name: "LessonTestSupport", path: "Tests/LessonTestSupport"),
        .testTarget(
            name: "LessonCoreTests",
            dependencies: ["LessonCore", "LessonRender", "LessonServe", "LessonProtocol", "LessonTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "LessonServeTests", dependencies: ["LessonServe", "LessonCore", "LessonTestSupport"]),
        .testTarget(
            name: "LessonRenderTests",
            dependencies: ["LessonRender", "LessonCore", "ActivationReference", "Activations", "Plot"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "ActivationReferenceTests",
            dependencies: ["ActivationReference", "LessonRender", "LessonCore", "Activations"]),
    ]
)
