import ArgumentParser

/// Where a command writes its result: `-o FILE` (or standard output), and `--force`.
struct OutputFileOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to this file instead of standard output (replaced atomically: nothing is written on error; a symbolic link is followed, a pipe or device written in place).",
        valueName: "file"), completion: .file())
    var output: String?

    @Flag(name: .customLong("force"), help: "With -o: replace the file even when it is read-only or has other hard links.")
    var force = false

    func validate() throws {
        if output == "" {
            throw ValidationError("-o needs a file name (or - for standard output)")
        }
    }
}
