import ArgumentParser
import RoadmapLoading
import RoadmapPlugin

/// What the shell completion scripts (`roadmap --generate-completion-script bash|zsh|fish`)
/// offer for values only the tool knows: the plugin names for `--format`, and roadmap ids and
/// files for roadmap arguments. The scripts call the tool back while the user types; each
/// function gets the words typed so far, the index of the word being completed, and its part
/// before the cursor, and must answer quickly, reading no roadmap file.
enum Completions {
    /// The `--format` names of every plugin (bundled and external) that renders `kind`: the
    /// external ones found in `--plugin-dir` folders typed so far, ROADMAP_PLUGIN_PATH and PATH.
    static func formats(for kind: DocumentKind) -> @Sendable ([String], Int, String) -> [String] {
        { words, _, prefix in
            let registry = PluginRegistry(pluginDirectories: values(of: "--plugin-dir", in: words))
            return registry.all.filter { $0.kinds.contains(kind) }.map(\.name).filter { $0.hasPrefix(prefix) }
        }
    }

    /// Every plugin name, for `plugins --check`.
    @Sendable static func pluginNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        PluginRegistry(pluginDirectories: values(of: "--plugin-dir", in: words)).all.map(\.name).filter { $0.hasPrefix(prefix) }
    }

    /// For a roadmap argument: the bundled ids, the ids of roadmap files in the `--roadmap-dir`
    /// folders typed so far and in ROADMAP_PATH, then the roadmap files and folders that the
    /// typed path starts (`./`, `roadmaps/da`).
    @Sendable static func roadmaps(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var out: [String] = []
        if !prefix.contains("/") && !prefix.hasPrefix(".") {
            out += BundledRoadmap.all.map(\.id)
            for folder in values(of: "--roadmap-dir", in: words) + LoadingOptions.environmentDirectories {
                out += FileBytes.roadmapFiles(in: folder).compactMap { path in
                    let name = path.split(separator: "/").last.map(String.init) ?? path
                    return FileBytes.isRoadmapName(name) ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : nil
                }
            }
        }
        out += paths(prefix, extensions: ["yaml", "yml"])
        var seen: Set<String> = []
        return out.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    /// The files with one of `extensions` and the folders (with a final `/`) that `prefix` starts.
    static func paths(_ prefix: String, extensions: [String]) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let entries = FileBytes.directoryEntries(folder.isEmpty ? "." : folder)
        return entries.compactMap { name -> String? in
            guard !name.hasPrefix(".") || prefix.dropFirst(folder.count).hasPrefix(".") else { return nil }
            let path = folder + name
            if FileBytes.isDirectory(path) { return path + "/" }
            return extensions.contains(where: { name.hasSuffix("." + $0) }) ? path : nil
        }.sorted()
    }

    /// The values given to `option` among `words` (`--opt VALUE` and `--opt=VALUE`).
    static func values(of option: String, in words: [String]) -> [String] {
        var out: [String] = []
        for (index, word) in words.enumerated() {
            if word == option, index + 1 < words.count { out.append(words[index + 1]) }
            if word.hasPrefix(option + "=") { out.append(String(word.dropFirst(option.count + 1))) }
        }
        return out
    }
}
