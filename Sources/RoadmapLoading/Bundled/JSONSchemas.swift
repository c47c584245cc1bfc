import BundledSchemaFiles

/// The JSON Schemas the project publishes, compiled in (their files live in `schemas/`).
public enum JSONSchemas {
    /// The schema of roadmap files, format 1.
    public static var format: String { text("format-1.schema.json") }
    /// The schema of the plugin document, roadmap-api-version 1.
    public static var document: String { text("document-1.schema.json") }
    /// The schema of progress files, version 1.
    public static var progress: String { text("progress-1.schema.json") }

    private static func text(_ file: String) -> String {
        BundledSchemaFiles.all.first { $0.file == file }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }
}
