import Foundation
import Testing

/// The tool where people use it: diagnostics for CI (json, GitHub annotations), colour,
/// completions that complete what users type, the pre-commit hooks run by the real pre-commit,
/// templates, and what plugin authors get. `scripts/install-check` covers `make install`.
@Suite("CLI: CI, colour, completions, hooks, templates and plugin authors")
struct EcosystemTests {
    /// A roadmap with one typo in `requires`, in a file whose name holds a comma and a colon.
    static let typo = """
        format: 1
        id: typo
        title: Typo
        sections:
          - id: s
            title: S
            topics:
              - id: python
                title: Python
              - id: t
                title: T
                requires: [pyhton]

        """

    static func folderWithTypo(named name: String = "typo.yaml") throws -> String {
        let folder = try CLI.temporaryFolder()
        try typo.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return folder
    }

    // MARK: - Diagnostics for CI

    @Test("validate --format json: one object a line on standard output, with code, place, message and suggestion; exit 65")
    func validateJSON() throws {
        let folder = try Self.folderWithTypo()
        let run = try CLI.run(["validate", "--format", "json", "typo.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.out == #"{"code":"unknown-topic","column":20,"file":"typo.yaml","line":12,"message":"unknown topic `pyhton` in `requires`: roadmap `typo` has no topic with that id or alias; did you mean `python`?","notes":[],"severity":"error","suggestion":"python"}"# + "\n")
        #expect(run.err == "")
        // Every line decodes on its own.
        for line in run.out.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
        // Valid files: nothing at all, exit 0.
        let clean = try CLI.run(["validate", "--format", "json", "mlops"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.out == "" && clean.err == "")
    }

    @Test("validate --format github: a workflow command a diagnostic, with the file, line, column and code, escaped as the runner expects")
    func validateGitHub() throws {
        let folder = try Self.folderWithTypo(named: "a,b:c.yaml")
        let run = try CLI.run(["validate", "--format", "github", "a,b:c.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.out == "::error file=a%2Cb%3Ac.yaml,line=12,col=20,title=roadmap unknown-topic::unknown topic `pyhton` in `requires`: roadmap `typo` has no topic with that id or alias; did you mean `python`?\nroadmap: 1 error found\n")
        // Notes go on lines of their own inside the message (%0A); a duplicate points at the first.
        let duplicate = try CLI.run(["merge", "--diagnostic-format", "github", "a,b:c.yaml", "a,b:c.yaml"], in: folder)
        #expect(duplicate.status == 65)
        #expect(duplicate.err.contains("::error file=a%2Cb%3Ac.yaml,line=2,col=5,title=roadmap duplicate-roadmap::duplicate roadmap id `typo`: another input already has it; give each roadmap its own id%0Anote: a,b:c.yaml:2:5: the other `typo` is here\n"))
        #expect(duplicate.out == "")
    }

    @Test("the escaping of workflow commands: %, CR and LF in messages, : and , in properties; what is left made inert")
    func gitHubEscaping() throws {
        // A ref with a percent sign, a line break, a colon, a comma and an escape sequence.
        let folder = try CLI.temporaryFolder()
        try "format: 1\nid: esc\ntitle: T\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: t\n        title: T\n        requires: [\"a%b\\nc:d,e\\e[31m\"]\n".write(toFile: folder + "/e:s,c.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "--format", "github", "e:s,c.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.out == "::error file=e%3As%2Cc.yaml,line=10,col=20,title=roadmap unknown-topic::unknown topic `a%25b%0Ac:d,e\\u{1B}[31m` in `requires`: roadmap `esc` has no topic with that id or alias\nroadmap: 1 error found\n")
        #expect(!run.out.contains("\u{1B}"))
    }

    @Test("--diagnostic-format json on another command: the diagnostics on standard error, the result on standard output")
    func diagnosticFormatElsewhere() throws {
        let folder = try Self.folderWithTypo()
        let run = try CLI.run(["show", "typo.yaml", "--diagnostic-format", "json"], in: folder)
        #expect(run.status == 65)
        #expect(run.out == "")
        #expect(run.err.hasPrefix(#"{"code":"unknown-topic","column":20,"file":"typo.yaml","line":12,"#))
        #expect(!run.err.contains("error found"))
        // validate --format and --diagnostic-format that disagree: a usage error.
        let both = try CLI.run(["validate", "--format", "json", "--diagnostic-format", "github", "typo.yaml"], in: folder)
        #expect(both.status == 64)
        #expect(both.err.contains("--format json and --diagnostic-format github disagree; give one"))
    }

    @Test("a bidi override or an escape in a message is escaped in JSON (inert on a terminal) and decodes back to the text")
    func inertJSON() throws {
        let folder = try CLI.temporaryFolder()
        try "format: 1\nid: bidi\ntitle: T\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: t\n        title: T\n        requires: [\"evil\\u202Eeman\\e[31m\"]\n".write(toFile: folder + "/bidi.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "--format", "json", "bidi.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(!run.out.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
        #expect(run.out.contains(#"\u202e"#) && run.out.contains(#"\u001b"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect((object["message"] as? String)?.contains("evil\u{202E}eman\u{1B}[31m") == true)
    }

    // MARK: - Colour

    @Test("--color always: diagnostics coloured as compilers colour them; never and the default into a pipe: plain")
    func colouredDiagnostics() throws {
        let folder = try Self.folderWithTypo()
        let always = try CLI.run(["validate", "typo.yaml", "--color", "always"], in: folder)
        #expect(always.status == 65)
        let e = "\u{1B}["
        #expect(always.err == "\(e)1mtypo.yaml:12:20:\(e)0m \(e)1;31merror:\(e)0m \(e)1munknown topic `pyhton` in `requires`: roadmap `typo` has no topic with that id or alias; did you mean `python`? [unknown-topic]\(e)0m\n            requires: [pyhton]\n                       \(e)1;32m^\(e)0m\n\(e)1mroadmap: 1 error found\(e)0m\n")
        for arguments in [["--color", "never"], [String]()] {
            let plain = try CLI.run(["validate", "typo.yaml"] + arguments, in: folder)
            #expect(!plain.err.contains("\u{1B}"), "\(arguments)")
            #expect(plain.err.hasPrefix("typo.yaml:12:20: error: unknown topic `pyhton`"))
        }
        // A title cannot bring its own escape sequence, coloured or not.
        try "format: 1\nid: esc\ntitle: T\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: t\n        title: T\n        requires: [\"a\\e[2Jb\"]\n".write(toFile: folder + "/esc.yaml", atomically: true, encoding: .utf8)
        let hostile = try CLI.run(["validate", "esc.yaml", "--color", "always"], in: folder)
        #expect(!hostile.err.contains("\u{1B}[2J"))
        #expect(hostile.err.contains(#"a\u{1B}[2Jb"#))
    }

    @Test("--color always colours the terminal outline into a pipe; --color never keeps it plain on a terminal's behalf")
    func colouredOutput() throws {
        let always = try CLI.run(["show", "mlops", "--color", "always"])
        #expect(always.status == 0)
        #expect(always.out.contains("\u{1B}["))
        let never = try CLI.run(["show", "mlops", "--color", "never"])
        #expect(!never.out.contains("\u{1B}["))
        #expect(never.out == (try CLI.run(["show", "mlops"])).out)
        let wrong = try CLI.run(["show", "mlops", "--color", "sometimes"])
        #expect(wrong.status == 64)
        #expect(wrong.err.contains("'auto', 'always' or 'never'"))
    }

    // MARK: - Completions

    /// What the completion scripts ask the tool for while the user types.
    static func complete(_ words: [String], argument: String, command: [String], in folder: String? = nil) throws -> [String] {
        let run = try CLI.run(["---completion"] + command + ["--", argument, String(words.count - 1), String(words.last?.count ?? 0)] + words, in: folder)
        #expect(run.status == 0, "\(run.err)")
        return run.out.split(separator: "\n").map(String.init)
    }

    @Test("completions offer the plugins that render the command's document, bundled and external")
    func formatCompletions() throws {
        #expect(try Self.complete(["roadmap", "plan", "-f", ""], argument: "--format", command: ["plan"]) == ["terminal", "markdown", "json", "ics"])
        #expect(try Self.complete(["roadmap", "merge", "--format", "m"], argument: "--format", command: ["merge"]) == ["markdown", "mermaid"])
        let plugins = CLI.packageRoot + "/docs/plugins"
        #expect(try Self.complete(["roadmap", "diff", "--plugin-dir", plugins, "--format", "t"], argument: "--format", command: ["diff"]) == ["terminal", "todotxt"])
        #expect(try Self.complete(["roadmap", "plugins", "--plugin-dir", plugins, "--check", "to"], argument: "--check", command: ["plugins"]) == ["todotxt"])
    }

    @Test("completions offer bundled ids, ids in roadmap folders, and roadmap files and folders")
    func roadmapCompletions() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/tracks", withIntermediateDirectories: true)
        try Self.typo.write(toFile: folder + "/tracks/typo.yaml", atomically: true, encoding: .utf8)
        try "x".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        try Self.typo.write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        #expect(try Self.complete(["roadmap", "merge", "da"], argument: "positional@0", command: ["merge"], in: folder) == ["data-science", "data-engineering"])
        #expect(try Self.complete(["roadmap", "show", ""], argument: "positional@0", command: ["show"], in: folder)
                == ["data-science", "machine-learning", "data-engineering", "mlops", "mlops-lite", "mlops-track", "mine.yaml", "tracks/"])
        #expect(try Self.complete(["roadmap", "merge", "--roadmap-dir", "tracks", "ty"], argument: "positional@0", command: ["merge"], in: folder) == ["typo"])
        #expect(try Self.complete(["roadmap", "diff", "mlops", "tracks/"], argument: "positional@1", command: ["diff"], in: folder) == ["tracks/typo.yaml"])
    }

    @Test("the bash completion script, sourced in a real bash, completes subcommands, ids, formats and files")
    func bashCompletion() throws {
        let folder = try CLI.temporaryFolder()
        try Self.typo.write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        let binaryFolder = try #require(CLI.binary.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        let script = """
            source <("$ROADMAP" --generate-completion-script bash)
            comp() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
              _roadmap roadmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[*]}"; }
            comp roadmap pla
            comp roadmap merge mlops-l
            comp roadmap show --format me
            comp roadmap merge --progress mi
            comp roadmap validate --format g
            """
        let run = try CLI.run(["-c", script], in: folder, executable: "/bin/bash",
                              environment: ["ROADMAP": try #require(CLI.binary), "PATH": binaryFolder + ":/usr/bin:/bin"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "plan\nmlops-lite\nmermaid\nmine.yaml\ngithub\n")
    }

    // MARK: - Help and small things

    @Test("the --help of every command says its exit codes; schema takes only what it uses")
    func helpExitCodes() throws {
        for command in ["merge", "show", "new", "list", "plugins", "schema", "validate", "diff", "fmt", "import", "progress", "plan", "overlap", "diff-driver"] {
            let run = try CLI.run([command, "--help"])
            #expect(run.status == 0)
            let text = CLI.flattened(run.out)
            // Each says what 0 means, then the other codes (validate words it as "Exits 0 when").
            #expect(["Exit codes: 0 ", "Exit status: 0", "Exits 0 when"].contains { text.contains($0) }, "\(command)")
            #expect(text.contains(" 64"), "\(command): no usage-error code")
        }
        let schema = try CLI.run(["schema", "format", "--plugin-dir", "x"])
        #expect(schema.status == 64)
        #expect(schema.err.contains("Unknown option '--plugin-dir'"))
        let new = CLI.flattened(try CLI.run(["new", "--help"]).out)
        #expect(new.contains("it holds `extends: BASE`"))
        #expect(!new.contains("starts as a copy"))
    }

    @Test("counts in the right number: 1 section, 1 topic, 1 resource")
    func singular() throws {
        let folder = try CLI.temporaryFolder()
        try "format: 1\nid: one\ntitle: One\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: t\n        title: T\n        hours: 1\n        resources:\n          - title: R\n            url: https://example.com\n".write(toFile: folder + "/one.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["validate", "one.yaml"], in: folder).out == "ok  one.yaml  one: 1 section, 1 topic, 1 resource\n1 roadmap valid\n")
        #expect(try CLI.run(["show", "one.yaml", "-f", "markdown"], in: folder).out.contains("\n1 section, 1 topic, 1 resource, 1 hour\n"))
        #expect(try CLI.run(["show", "one.yaml"], in: folder).out.contains("1 section, 1 topic, 1 resource\n"))
    }

    @Test("fmt keeps a CRLF file's line endings, and --check then passes")
    func crlf() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/crlf.yaml"
        try "format: 1\r\nid: crlf\r\ntitle:   CRLF   # the title\r\nsections:\r\n  - id: s\r\n    title: S\r\n    topics: [{id: t, title: T}]\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let formatted = try CLI.run(["fmt", "crlf.yaml"], in: folder)
        #expect(formatted.status == 0, "\(formatted.err)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "format: 1\r\nid: crlf\r\ntitle: CRLF # the title\r\nsections:\r\n  - id: s\r\n    title: S\r\n    topics:\r\n      - id: t\r\n        title: T\r\n")
        #expect(try CLI.run(["fmt", "--check", "crlf.yaml"], in: folder).status == 0)
    }

    @Test("the bundled roadmaps are in fmt's layout, so that this repository passes its own hooks")
    func bundledFormatted() throws {
        let run = try CLI.run(["fmt", "--check", "Roadmaps/"])
        #expect(run.status == 0, "\(run.out)\(run.err)")
        #expect(run.out == "")
    }

    // MARK: - Plugin authors

    @Test("roadmap plugins warns about a plugin hidden by another and a plugin file that cannot be run")
    func pluginWarnings() throws {
        let folder = try CLI.temporaryFolder()
        for (name, mode) in [("a/roadmap-plugin-json", 0o755), ("a/roadmap-plugin-mine", 0o755), ("b/roadmap-plugin-mine", 0o755), ("a/roadmap-plugin-noexec", 0o644)] {
            try FileManager.default.createDirectory(atPath: folder + "/" + String(name.prefix(1)), withIntermediateDirectories: true)
            try "#!/bin/sh\ncat >/dev/null; echo ok\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: folder + "/" + name)
        }
        let run = try CLI.run(["plugins", "--plugin-dir", "a", "--plugin-dir", "b"], in: folder, environment: ["PATH": "/usr/bin:/bin", "ROADMAP_PLUGIN_PATH": ""])
        #expect(run.status == 0)
        #expect(run.out.contains("mine      roadmap,curriculum,diff,plan,overlap  a/roadmap-plugin-mine"))
        #expect(run.err == """
            roadmap: warning: `a/roadmap-plugin-json` is hidden by the bundled plugin `json`; rename it to use it (roadmap-plugin-OTHER-NAME) [plugin-shadowed]
            roadmap: warning: `a/roadmap-plugin-noexec` looks like a plugin but is not an executable file; it is skipped (chmod +x it, or rename it) [plugin-not-executable]
            roadmap: warning: `b/roadmap-plugin-mine` is hidden by `a/roadmap-plugin-mine`, found earlier on the plugin path (--plugin-dir, ROADMAP_PLUGIN_PATH, PATH) [plugin-shadowed]

            """)
    }

    @Test("plugins --check: the sample Python plugin passes every kind and refuses the next major version")
    func checkSamplePlugin() throws {
        let run = try CLI.run(["plugins", "--check", "todotxt", "--plugin-dir", CLI.packageRoot + "/docs/plugins"])
        #expect(run.status == 0, "\(run.err)")
        let kinds = run.out.split(separator: "\n").map { $0.split(separator: ":").first.map(String.init) ?? "" }
        #expect(kinds == ["ok    roadmap", "ok    curriculum", "ok    diff", "ok    plan", "ok    overlap", "ok    roadmap-api-version 2.0"])
        #expect(run.out.hasSuffix("ok    roadmap-api-version 2.0: refused\n"))
    }

    @Test("plugins --check names what went wrong: a failure with its standard error, no output, a version accepted blindly; exit 70")
    func checkBadPlugins() throws {
        let folder = try CLI.temporaryFolder()
        let plugins = [
            "roadmap-plugin-fails": "#!/bin/sh\ncat >/dev/null; echo 'no curricula here' >&2; exit 3\n",
            "roadmap-plugin-silent": "#!/bin/sh\ncat >/dev/null\n",
            "roadmap-plugin-blind": "#!/bin/sh\ncat >/dev/null; echo anything\n",
        ]
        for (name, text) in plugins {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/" + name)
        }
        let fails = try CLI.run(["plugins", "--check", "fails", "--kind", "curriculum", "--plugin-dir", folder])
        #expect(fails.status == 70)
        #expect(fails.out.hasPrefix("fail  curriculum\n"))
        #expect(fails.err.contains("roadmap: error: check of `fails` on a curriculum document: plugin `fails` (\(folder)/roadmap-plugin-fails) failed with exit status 3; its standard error ends: [plugin-failed]\nno curricula here\n"))
        let silent = try CLI.run(["plugins", "--check", "silent", "--kind", "plan", "--plugin-dir", folder])
        #expect(silent.status == 70)
        #expect(silent.out.hasPrefix("fail  plan\n"))
        #expect(silent.err.contains("exited 0 but wrote nothing to standard output"))
        let blind = try CLI.run(["plugins", "--check", "blind", "--kind", "roadmap", "--plugin-dir", folder])
        #expect(blind.status == 70)
        #expect(blind.out.hasSuffix("fail  roadmap-api-version 2.0: accepted\n"))
        #expect(blind.err.contains("a major version it cannot know"))
        let unknown = try CLI.run(["plugins", "--check", "todotx"])
        #expect(unknown.status == 64)
        let kindWithoutCheck = try CLI.run(["plugins", "--kind", "plan"])
        #expect(kindWithoutCheck.status == 64)
    }

    @Test("a plugin that exits 0 but writes nothing fails (70) and -o keeps what it holds")
    func silentPlugin() throws {
        let folder = try CLI.temporaryFolder()
        try "#!/bin/sh\ncat >/dev/null\n".write(toFile: folder + "/roadmap-plugin-silent", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/roadmap-plugin-silent")
        try "precious\n".write(toFile: folder + "/keep.txt", atomically: true, encoding: .utf8)
        let run = try CLI.run(["show", "mlops", "--plugin-dir", folder, "-f", "silent", "-o", "keep.txt"], in: folder)
        #expect(run.status == 70)
        #expect(run.err.contains("plugin `silent` (\(folder)/roadmap-plugin-silent) exited 0 but wrote nothing to standard output [plugin-failed]"))
        #expect(try String(contentsOfFile: folder + "/keep.txt", encoding: .utf8) == "precious\n")
        // A plugin file that cannot be run is named as such by --check.
        try "#!/bin/sh\n".write(toFile: folder + "/roadmap-plugin-noexec", atomically: true, encoding: .utf8)
        let check = try CLI.run(["plugins", "--check", "noexec", "--plugin-dir", folder])
        #expect(check.status == 64)
        #expect(check.err.contains("no plugin `noexec`: `\(folder)/roadmap-plugin-noexec` looks like a plugin but is not an executable file"))
    }

    @Test("a folder that does not exist is named as a missing folder (66), not as a misnamed file")
    func missingFolder() throws {
        for command in ["validate", "fmt", "merge"] {
            let run = try CLI.run([command, "nosuch/"])
            #expect(run.status == 66, "\(command)")
            #expect(run.err.contains("`nosuch/`: no such folder"), "\(command): \(run.err)")
        }
    }

    @Test("an external plugin gets ROADMAP_API_VERSION, ROADMAP_FORMAT and ROADMAP_COLOR")
    func pluginEnvironment() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/roadmap-plugin-env"
        try "#!/bin/sh\ncat >/dev/null; echo \"$1 $ROADMAP_API_VERSION $ROADMAP_FORMAT $ROADMAP_COLOR\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        #expect(try CLI.run(["show", "mlops", "-f", "env", "--plugin-dir", folder]).out == "env 1.3 env 0\n")
        #expect(try CLI.run(["show", "mlops", "-f", "env", "--plugin-dir", folder, "--color", "always"]).out == "env 1.3 env 1\n")
    }

    // MARK: - Templates

    @Test("the study checklist template renders the merged curriculum with progress, and one roadmap by section")
    func checklistTemplate() throws {
        let folder = try LearnerCommandsTests.folder()
        let template = CLI.packageRoot + "/docs/templates/checklist/checklist.mustache"
        let run = try CLI.run(["merge", "--template", template, "--progress", "progress.yaml"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        try LearnerCommandsTests.expectGolden(run.out, "template-checklist.md")
        let show = try CLI.run(["show", "mlops-lite", "--template", template])
        #expect(show.status == 0)
        try LearnerCommandsTests.expectGolden(show.out, "template-checklist-mlops-lite.md")
    }

    @Test("the CSV template: one row a topic, read back by Python's csv module to the document's values")
    func csvTemplate() throws {
        let folder = try LearnerCommandsTests.folder()
        let run = try CLI.run(["merge", "--template", CLI.packageRoot + "/docs/templates/csv/topics.mustache", "--progress", "progress.yaml", "-o", "topics.csv"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        try LearnerCommandsTests.expectGolden(try String(contentsOfFile: folder + "/topics.csv", encoding: .utf8), "template-topics.csv")
        let json = try CLI.run(["merge", "-f", "json", "--progress", "progress.yaml", "-o", "merged.json"], in: folder)
        #expect(json.status == 0)
        let check = """
            import csv, json, sys
            rows = list(csv.DictReader(open("topics.csv", newline="")))
            topics = json.load(open("merged.json"))["topics"]
            assert len(rows) == len(topics), (len(rows), len(topics))
            for row, topic in zip(rows, topics):
                assert row["id"] == topic["id"] and row["title"] == topic["title"], row
                assert row["part"] == topic["part"], row
                assert row["status"] == (topic.get("progress") or {}).get("status", ""), row
                assert int(row["resources"]) == len(topic["resources"]), row
            print("ok", len(rows))
            """
        #expect(try LearnerCommandsTests.python(check, [], in: folder, needs: "Python 3").hasPrefix("ok 33"))
    }

    @Test("a template error is located (file:line:column) and fails with 65; a missing partial is a located warning; a missing template 66")
    func templateErrors() throws {
        let folder = try CLI.temporaryFolder()
        try "# {{title}}\n{{#topics}}\n  {{> item}}\n{{/topic}}\n".write(toFile: folder + "/broken.mustache", atomically: true, encoding: .utf8)
        let broken = try CLI.run(["merge", "--template", "broken.mustache"], in: folder)
        #expect(broken.status == 65)
        #expect(broken.out == "")
        #expect(broken.err == """
            broken.mustache:3:3: warning: expected a partial `item` (a file item.mustache next to the template), found none; it renders as nothing [template-error]
            broken.mustache:4:4: error: expected the closing tag of the open section here (`{{/name}}` with the name of its `{{#name}}`), found another name [template-error]
                {{/topic}}
                   ^
            roadmap: 1 error found

            """)
        // A tag the template ends in (Mustache itself would drop a lone `{{` at the very end).
        for (text, place) in [("abc {{", "1:5"), ("{{#topics}}x{{/topics", "1:13"), ("{{=<% %>", "1:1")] {
            try text.write(toFile: folder + "/open.mustache", atomically: true, encoding: .utf8)
            let run = try CLI.run(["merge", "--template", "open.mustache"], in: folder)
            #expect(run.status == 65, "\(text)")
            #expect(run.err.hasPrefix("open.mustache:\(place): error: expected `"), "\(text): \(run.err)")
            #expect(run.err.contains("to close the tag that starts here, found the end of the template"))
        }
        let missing = try CLI.run(["merge", "--template", "nope.mustache"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.err.contains("roadmap: error: --template: "))
        // A partial with an error is located in the partial.
        try "{{#topics}}{{> item}}{{/topics}}\n".write(toFile: folder + "/broken.mustache", atomically: true, encoding: .utf8)
        try "- {{title}\n".write(toFile: folder + "/item.mustache", atomically: true, encoding: .utf8)
        let partial = try CLI.run(["merge", "--template", "broken.mustache"], in: folder)
        #expect(partial.status == 65)
        #expect(partial.err.hasPrefix("item.mustache:1:3: error: expected `}}` to close the tag that starts here, found the end of the template"), "\(partial.err)")
        // Places as the tool counts them: lines end at LF (CRLF too), columns in characters.
        try "line1\r\n  {{#sec}}\r\n{{/other}}\r\n".write(toFile: folder + "/crlf.mustache", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["merge", "--template", "crlf.mustache"], in: folder).err.hasPrefix("crlf.mustache:3:4: error: expected the closing tag"))
        try "{{#a}}\n\u{E9}t\u{E9} {{/b}}\n".write(toFile: folder + "/accents.mustache", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["merge", "--template", "accents.mustache"], in: folder).err.hasPrefix("accents.mustache:2:8: error: expected the closing tag"))
    }

    @Test("templates that would not end are refused, located: a partial including itself, sections nested without end, a dynamic partial; a slow one is stopped")
    func templatesThatWouldNotEnd() throws {
        let folder = try CLI.temporaryFolder()
        func write(_ name: String, _ text: String) throws { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        try write("main.mustache", "# {{title}}\n{{#topics}}{{> a}}{{/topics}}\n")
        try write("a.mustache", "{{> b}}")
        try write("b.mustache", "x{{> a}}")
        let cycle = try CLI.run(["merge", "--template", "main.mustache"], in: folder)
        #expect(cycle.status == 65)
        #expect(cycle.err.hasPrefix("b.mustache:1:2: error: expected partials that end, found `a` including itself (a → b → a): it would render without end [template-error]\n"))
        try write("deep.mustache", String(repeating: "{{#title}}", count: 3_000) + String(repeating: "{{/title}}", count: 3_000))
        let deep = try CLI.run(["show", "mlops", "--template", "deep.mustache"], in: folder)
        #expect(deep.status == 65, "\(deep.err)")
        #expect(deep.err.hasPrefix("deep.mustache:1:641: error: expected sections nested at most 64 deep, found deeper ones [template-error]\n"))
        // Nested through partials: 40 in the template, 40 in the partial it uses at that depth.
        try write("outer.mustache", String(repeating: "{{#title}}", count: 40) + "{{> inner}}" + String(repeating: "{{/title}}", count: 40))
        try write("inner.mustache", String(repeating: "{{#title}}", count: 40) + "x" + String(repeating: "{{/title}}", count: 40))
        let through = try CLI.run(["show", "mlops", "--template", "outer.mustache"], in: folder)
        #expect(through.status == 65)
        #expect(through.err.contains("outer.mustache:1:401: error: expected sections nested at most 64 deep, counting those of the partials used inside them, found deeper ones through `inner`"))
        try write("dynamic.mustache", "{{#topics}}{{>*title}}{{/topics}}")
        let dynamic = try CLI.run(["merge", "--template", "dynamic.mustache"], in: folder)
        #expect(dynamic.status == 65)
        #expect(dynamic.err.hasPrefix("dynamic.mustache:1:12: error: expected a partial named in the template"))
        // Seven sections over the same 33 topics: 33^7 repetitions, stopped by the budget.
        try write("slow.mustache", String(repeating: "{{#topics}}", count: 7) + "{{title}}" + String(repeating: "{{/topics}}", count: 7))
        let slow = try CLI.run(["merge", "--template", "slow.mustache"], in: folder, timeout: 60)
        #expect(slow.status == 65)
        #expect(slow.err.contains("the template repeats its sections more than 2000000 times in all, and was stopped"))
        #expect(slow.out == "")
        // Four: 33^4 (1.2 million) repetitions, within the budget but not within 0.1 s.
        try write("slower.mustache", String(repeating: "{{#topics}}", count: 4) + "{{title}}" + String(repeating: "{{/topics}}", count: 4))
        let slower = try CLI.run(["merge", "--template", "slower.mustache", "--plugin-timeout", "0.1"], in: folder, timeout: 60)
        #expect(slower.status == 65)
        #expect(slower.err.contains("the template did not finish within 0.1 s"))
        // What Mustache reads as a tag, the scan reads as one too: `{{}}` before a partial, a
        // line break inside a partial tag.
        try write("m.mustache", "{{> self}}")
        for text in ["{{}}{{> self}}", "{{>\nself}}", "{{! a comment }}{{> self }}"] {
            try write("self.mustache", text)
            let run = try CLI.run(["show", "mlops", "--template", "m.mustache"], in: folder)
            #expect(run.status == 65, "\(text)")
            #expect(run.err.contains("found `self` including itself (self → self)"), "\(text): \(run.err)")
        }
        try write("dynamic2.mustache", "{{#topics}}{{>\n*title}}{{/topics}}")
        #expect(try CLI.run(["merge", "--template", "dynamic2.mustache"], in: folder).status == 65)
        // Larger than 64 KiB: refused before parsing, with the way out.
        try write("large.mustache", String(repeating: "{{title}} ", count: 7_000))
        let large = try CLI.run(["show", "mlops", "--template", "large.mustache"], in: folder)
        #expect(large.status == 65)
        #expect(large.err.contains("expected a template of at most 64 KiB, found large.mustache of 70000 bytes; split it into partials"))
        // Partials from the folder only, nothing above it: refused, located.
        try write("escape.mustache", "x {{> ../etc/passwd}}")
        let escape = try CLI.run(["show", "mlops", "--template", "escape.mustache"], in: folder)
        #expect(escape.status == 65)
        #expect(escape.err.hasPrefix("escape.mustache:1:3: error: the partial `../etc/passwd` is not used: expected a name of a file in or below the template's folder, found one that leads out of it [template-error]\n"))
    }

    @Test("a list prints as its items joined by commas, an object as nothing, the same bytes every run; list transforms work")
    func templateValues() throws {
        let folder = try CLI.temporaryFolder()
        try "{{related}}|{{sections}}|{{#sections}}{{#topics}}{{count(requires)}}:{{requires}};{{/topics}}{{/sections}}|{{#first(sections)}}{{title}}{{/first(sections)}}|{{#empty(authors)}}none{{/empty(authors)}}{{^empty(authors)}}{{authors}}{{/empty(authors)}}\n".write(toFile: folder + "/values.mustache", atomically: true, encoding: .utf8)
        let run = try CLI.run(["show", "mlops-lite", "--template", "values.mustache"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "data-science, machine-learning, data-engineering||0:;0:;0:;0:;2:mathematics, python;1:python;0:;2:cloud-computing, ml-libraries;2:git, machine-learning/ml-algorithms;1:data-engineering/data-pipelines;1:model-deployment;4:model-deployment, experiment-tracking, data-versioning, model-monitoring;|The Foundations|Nisha Arya\n")
        #expect(try CLI.run(["show", "mlops-lite", "--template", "values.mustache"], in: folder).out == run.out)
    }

    @Test("a template sees text made inert and HTML-escaped by default; CSV quotes; partials come from the template's folder")
    func templateEscaping() throws {
        let folder = try CLI.temporaryFolder()
        try "format: 1\nid: odd\ntitle: \"A <b>, \\\"q\\\" \\e[31m\"\nsections:\n- {id: s, title: S, topics: [{id: t, title: T}]}\n".write(toFile: folder + "/odd.yaml", atomically: true, encoding: .utf8)
        try "{{title}}|{{> raw}}".write(toFile: folder + "/t.mustache", atomically: true, encoding: .utf8)
        try "{{%CONTENT_TYPE: CSV}}{{title}}".write(toFile: folder + "/raw.mustache", atomically: true, encoding: .utf8)
        let run = try CLI.run(["show", "odd.yaml", "--template", "t.mustache", "-q"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == #"A &lt;b&gt;, &quot;q&quot; \u{1B}[31m|"A <b>, ""q"" \u{1B}[31m""#)
    }

    // MARK: - pre-commit

    @Test("the hooks of .pre-commit-hooks.yaml, run by the real pre-commit (try-repo): validate fails on a bad roadmap, fmt rewrites one")
    func preCommitHooks() throws {
        let preCommit = try #require(CLI.which("pre-commit"), "pre-commit is needed (scripts/test installs it: pip install pre-commit)")
        let target = try CLI.temporaryFolder()
        let binaryFolder = try #require(CLI.binary.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        let environment = [
            "PATH": binaryFolder + ":" + URL(fileURLWithPath: preCommit).deletingLastPathComponent().path + ":/usr/bin:/bin",
            "PRE_COMMIT_HOME": target + "/.cache", "PRE_COMMIT_COLOR": "never",
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "HOME": target,
        ]
        func sh(_ script: String) throws -> CLIRun {
            try CLI.run(["-c", script], in: target + "/repo", timeout: 120, executable: "/bin/sh", environment: environment)
        }
        try FileManager.default.createDirectory(atPath: target + "/repo/roadmaps", withIntermediateDirectories: true)
        try Self.typo.write(toFile: target + "/repo/roadmaps/typo.yaml", atomically: true, encoding: .utf8)
        try "format: 1\nid: messy\ntitle:    Messy\nsections:\n- {id: s, title: S, topics: [{id: t, title: T}]}\n".write(toFile: target + "/repo/roadmaps/messy.yaml", atomically: true, encoding: .utf8)
        try "not: a roadmap\n".write(toFile: target + "/repo/config.yaml", atomically: true, encoding: .utf8)
        // A roadmap that requires a topic of another roadmap in the folder, which does not change.
        try "format: 1\nid: uses\ntitle: Uses\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: u\n        title: U\n        requires: [messy/t]\n".write(toFile: target + "/repo/roadmaps/uses.yaml", atomically: true, encoding: .utf8)
        #expect(try sh("git init -q -b main && git add -A").status == 0)
        let root = CLI.packageRoot
        let validate = try sh("pre-commit try-repo '\(root)' roadmap-validate --all-files")
        #expect(validate.status == 1, "\(validate.out)\(validate.err)")
        #expect(validate.out.contains("validate roadmaps"))
        #expect(validate.out.contains("Failed"))
        #expect(validate.out.contains("roadmaps/typo.yaml:12:20: error: unknown topic `pyhton` in `requires`"))
        #expect(!validate.out.contains("config.yaml"))
        let format = try sh("pre-commit try-repo '\(root)' roadmap-fmt --all-files")
        #expect(format.status == 1, "\(format.out)\(format.err)")
        #expect(format.out.contains("files were modified by this hook"))
        #expect(try String(contentsOfFile: target + "/repo/roadmaps/messy.yaml", encoding: .utf8) == "format: 1\nid: messy\ntitle: Messy\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: t\n        title: T\n")
        // Fixed: both pass.
        try Self.typo.replacingOccurrences(of: "pyhton", with: "python").write(toFile: target + "/repo/roadmaps/typo.yaml", atomically: true, encoding: .utf8)
        let again = try sh("git add -A && pre-commit try-repo '\(root)' --all-files")
        #expect(again.status == 0, "\(again.out)\(again.err)")
        #expect(again.out.components(separatedBy: "Passed").count == 3)
        // Only uses.yaml changed (staged): its reference to messy.yaml still resolves.
        try "format: 1\nid: uses\ntitle: Uses, again\nsections:\n  - id: s\n    title: S\n    topics:\n      - id: u\n        title: U\n        requires: [messy/t]\n".write(toFile: target + "/repo/roadmaps/uses.yaml", atomically: true, encoding: .utf8)
        let one = try sh("git add -A && pre-commit try-repo '\(root)' roadmap-validate --files roadmaps/uses.yaml")
        #expect(one.status == 0, "\(one.out)\(one.err)")
    }
}
