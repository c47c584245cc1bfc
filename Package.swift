// swift-tools-version: 6.0
import PackageDescription

/// The bundled output plugins: each name is a folder in Plugins/ and a target named after it
/// (`Plugins/Markdown` → `MarkdownPlugin`) that depends on the plugin contract only.
/// (Listed by hand: SwiftPM caches the manifest by its text, so a listing of the folder
/// would miss a new plugin.)
let pluginFolders = ["Brief", "DOT", "HTML", "ICS", "JSON", "Markdown", "Mermaid", "Template", "Terminal", "YAML"]
/// What a plugin uses besides the contract: the YAML plugin writes documents as roadmap files
/// through the one YAML writer (RoadmapWriting), so that they are in `roadmap fmt`'s layout; the
/// HTML plugin hashes its inline style and script for the page's Content-Security-Policy (Crypto);
/// the template plugin renders `--template FILE` with swift-mustache.
let pluginExtraDependencies: [String: [Target.Dependency]] = [
    "YAML": ["RoadmapWriting"],
    "HTML": [.product(name: "Crypto", package: "swift-crypto")],
    "Template": [.product(name: "Mustache", package: "swift-mustache")],
]
let pluginTargets: [Target] = pluginFolders.map { folder in
    .target(name: folder + "Plugin", dependencies: ["RoadmapPlugin"] + (pluginExtraDependencies[folder] ?? []),
            path: "Plugins/" + folder)
}
let pluginDependencies: [Target.Dependency] = pluginFolders.map { .target(name: $0 + "Plugin") }

let package = Package(
    name: "roadmap",
    products: [
        .executable(name: "roadmap", targets: ["roadmap"]),
        // libFuzzer targets (scripts/fuzz); in a normal build, a replayer of saved inputs.
        .executable(name: "roadmap-fuzz", targets: ["RoadmapFuzz"]),
        // The plugin contract alone (depends on nothing else of the package), and the stages.
        .library(name: "RoadmapPlugin", targets: ["RoadmapPlugin"]),
        .library(name: "RoadmapLoading", targets: ["RoadmapLoading"]),
        .library(name: "RoadmapComposition", targets: ["RoadmapComposition"]),
        .library(name: "RoadmapAuthoring", targets: ["RoadmapAuthoring"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libyaml, the system library (Debian: libyaml-dev). Only RoadmapYAML imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .yum(["libyaml-devel"])]
        ),
        // The YAML layer: libyaml events with 1-based marks, the reading policy, the emitter.
        .target(name: "RoadmapYAML", dependencies: ["CYAML"]),
        // The bundled roadmaps and schemas, compiled in (`.embedInCode`): no generator, no bundle.
        .target(
            name: "BundledRoadmapFiles", path: "Roadmaps", sources: ["BundledRoadmapFiles.swift"],
            resources: ["data-science", "machine-learning", "data-engineering", "mlops", "mlops-lite", "mlops-track"].map { .embedInCode($0 + ".yaml") }
        ),
        .target(
            name: "BundledSchemaFiles", path: "schemas", sources: ["BundledSchemaFiles.swift"],
            resources: ["format-1", "document-1", "progress-1"].map { .embedInCode($0 + ".schema.json") }
        ),
        // The plugin contract: the protocol, the versioned documents, their JSON, inert text.
        // Depends on nothing of the package, so a plugin written elsewhere needs only this.
        .target(name: "RoadmapPlugin"),
        // The model of a roadmap with source locations, the source files, diagnostics.
        .target(name: "RoadmapModel", dependencies: ["RoadmapPlugin", "RoadmapYAML"]),
        // load → resolve: read files, decode YAML into drafts, apply variants, validate, and
        // resolve every reference once (the catalogue).
        .target(
            name: "RoadmapLoading",
            dependencies: [
                "RoadmapModel", "RoadmapYAML", "RoadmapPlugin", "BundledRoadmapFiles", "BundledSchemaFiles",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // graph → compose: identity and prerequisites, the merged curriculum, suggestions, the
        // diff, and the documents handed to plugins.
        .target(
            name: "RoadmapComposition",
            dependencies: [
                "RoadmapModel", "RoadmapLoading", "RoadmapPlugin", "RoadmapYAML",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // A document (the contract's) as a format-1 roadmap file, through the one YAML writer:
        // for the YAML plugin and for `import`.
        .target(name: "RoadmapWriting", dependencies: ["RoadmapPlugin", "RoadmapYAML"]),
        // Writing roadmap files: fmt, new, import from Markdown.
        .target(name: "RoadmapAuthoring", dependencies: ["RoadmapModel", "RoadmapLoading", "RoadmapYAML", "RoadmapPlugin", "RoadmapWriting"]),
        // The subcommands, as a library that tests can drive.
        .target(
            name: "RoadmapCLI",
            dependencies: [
                "RoadmapModel", "RoadmapLoading", "RoadmapComposition", "RoadmapAuthoring", "RoadmapPlugin", "RoadmapYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + pluginDependencies
        ),
        .executableTarget(
            name: "roadmap",
            dependencies: ["RoadmapCLI"]
        ),
        // The fuzz targets (scripts/fuzz): library calls only, so not RoadmapCLI (nor ArgumentParser).
        // CLibFuzzer only declares libFuzzer's driver (a header; nothing to link in a normal build).
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(
            name: "RoadmapFuzz",
            dependencies: ["CLibFuzzer", "RoadmapModel", "RoadmapLoading", "RoadmapComposition", "RoadmapAuthoring", "RoadmapPlugin"]
                + pluginDependencies,
            path: "Fuzz/RoadmapFuzz"
        ),

        // Helpers shared by the test targets (scratch folders removed when the tests end).
        .target(name: "RoadmapTestSupport", path: "Tests/RoadmapTestSupport"),
        .testTarget(name: "RoadmapYAMLTests", dependencies: ["RoadmapYAML"]),
        .testTarget(
            name: "RoadmapLibraryTests",
            dependencies: ["RoadmapModel", "RoadmapLoading", "RoadmapComposition", "RoadmapAuthoring", "RoadmapPlugin", "RoadmapYAML", "RoadmapWriting", "RoadmapTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "RoadmapCLITests", dependencies: ["RoadmapCLI", "roadmap", "RoadmapFuzz", "RoadmapTestSupport"]),
        .testTarget(
            name: "PluginTests",
            dependencies: ["RoadmapPlugin", "RoadmapModel", "RoadmapLoading", "RoadmapComposition",
                           .product(name: "Crypto", package: "swift-crypto")] + pluginDependencies,
            exclude: ["Goldens"]
        ),
    ] + pluginTargets
)
