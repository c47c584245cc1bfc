// The bundled roadmaps, compiled into the binary by SwiftPM (`.embedInCode` in Package.swift):
// an edit of a file in this folder changes the tool on the next `swift build`. A new file is
// added here and to the target's resources in Package.swift (a test checks both).

/// The files of `Roadmaps/`, as compiled in.
public enum BundledRoadmapFiles {
    /// Each file's stem (the roadmap's id) and bytes: the default merge order (data science,
    /// machine learning, data engineering, MLOps), then the rest by name.
    public static let all: [(id: String, bytes: [UInt8])] = [
        ("data-science", PackageResources.data_science_yaml),
        ("machine-learning", PackageResources.machine_learning_yaml),
        ("data-engineering", PackageResources.data_engineering_yaml),
        ("mlops", PackageResources.mlops_yaml),
        ("mlops-lite", PackageResources.mlops_lite_yaml),
        ("mlops-track", PackageResources.mlops_track_yaml),
    ]
}
