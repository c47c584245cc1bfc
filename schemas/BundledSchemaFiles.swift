// The published JSON Schemas, compiled into the binary by SwiftPM (`.embedInCode` in
// Package.swift), so that `roadmap schema` works from any folder.

/// The files of `schemas/`, as compiled in.
public enum BundledSchemaFiles {
    /// Each file's name and bytes.
    public static let all: [(file: String, bytes: [UInt8])] = [
        ("format-1.schema.json", PackageResources.format_1_schema_json),
        ("document-1.schema.json", PackageResources.document_1_schema_json),
        ("progress-1.schema.json", PackageResources.progress_1_schema_json),
    ]
}
