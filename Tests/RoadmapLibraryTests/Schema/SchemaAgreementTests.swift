import Foundation
import RoadmapTestSupport
import Testing
import RoadmapLoading

/// The published JSON Schema of format 1 (`schemas/format-1.schema.json`) and the validator
/// agree: the bundled roadmaps satisfy the schema, and every file of the bad-input corpus that
/// a JSON Schema can judge is rejected by it too. The schema is checked by an independent
/// implementation (Python's `jsonschema`, with PyYAML reading the files), so the test does not
/// grade our validator with itself.
@Suite("Schema: format-1 schema and validator agree")
struct SchemaAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Corpus files whose only errors need more than one file's shape to see: references,
    /// cycles, duplicate keys or ids, variants and their bases, the exact spelling of `format`.
    /// The schema accepts these; the validator rejects them.
    static let beyondSchema: Set<String> = [
        "cycle-of-three", "duplicate-ids", "duplicate-keys", "extension-keys", "format-not-integer",
        "requires-section", "self-requirement", "unresolved-requires", "variant-extends-cycle-a",
        "variant-extends-cycle-b", "variant-extends-missing-file", "variant-extends-unknown-partial",
        "variant-extends-unknown", "variant-remove-nothing", "variant-unknown-entries",
    ]

    static let script = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        checker = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            try:
                data = yaml.load(open(path, encoding="utf-8"), Loader=yaml.SafeLoader)
            except Exception:
                print("unreadable", path)
                continue
            print("valid" if checker.is_valid(data) else "invalid", path)
        """

    /// `path → valid | invalid | unreadable` as the independent checker sees it.
    static func judge(_ paths: [String]) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, root.appendingPathComponent("schemas/format-1.schema.json").path] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with jsonschema and PyYAML is needed for this test (pip install jsonschema pyyaml)")
        var verdicts: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { verdicts[parts[1]] = parts[0] }
        }
        return verdicts
    }

    static func yamlFiles(in folder: String) throws -> [String] {
        let directory = root.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    @Test("every bundled roadmap satisfies the format schema")
    func bundledRoadmapsSatisfyTheSchema() throws {
        let files = try Self.yamlFiles(in: "Roadmaps")
        #expect(files.count >= 5)
        let verdicts = try Self.judge(files)
        for file in files { #expect(verdicts[file] == "valid", "\(file)") }
    }

    @Test("the schema rejects every bad file it can judge, and accepts only those whose errors are beyond a schema")
    func schemaAgreesWithTheValidatorOnTheBadCorpus() throws {
        let files = try Self.yamlFiles(in: "Tests/RoadmapLibraryTests/Fixtures/invalid")
        let verdicts = try Self.judge(files)
        var judged = 0
        for file in files {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            guard let verdict = verdicts[file], verdict != "unreadable" else { continue }   // not YAML at all: no schema applies
            judged += 1
            let expected = Self.beyondSchema.contains(name) ? "valid" : "invalid"
            #expect(verdict == expected, "\(name): the schema says \(verdict)")
        }
        #expect(judged >= 40)
    }

    // `.nan` is rejected by the validator; JSON has no NaN, so no JSON document the schema
    // judges can hold one (PyYAML's NaN passes every numeric keyword, as NaN compares false).
    @Test("one rule in both: a number or boolean in a text field is text, hours may be hexadecimal, never infinite",
          arguments: [
            ("title: 42\nsummary: true", "hours: 0x10", true),
            ("title: T", "hours: 16", true),
            ("title: T", "hours: .inf", false),
            ("title: T", "hours: -1", false),
          ])
    func oneRule(_ fields: (String, String, Bool)) async throws {
        let folder = try ScratchFolder.make("schema")
        let path = folder + "/r.yaml"
        let text = "id: r\n\(fields.0)\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: a\n        title: A\n        \(fields.1)\n        resources:\n          - title: 2024\n            provider: 7\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let verdict = try Self.judge([path])[path]
        let result = await RoadmapLoader().load([.file(path: path)])
        #expect(verdict == (fields.2 ? "valid" : "invalid"), "schema: \(verdict ?? "-") for \(fields)")
        #expect(result.hasErrors == !fields.2, "validator: \(result.diagnostics.map(\.message)) for \(fields)")
    }
}
