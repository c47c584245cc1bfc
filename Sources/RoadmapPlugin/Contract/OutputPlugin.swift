/// An output format: turns a ``PluginDocument`` into text.
///
/// A bundled plugin renders from the document alone, exactly as an external plugin would
/// from the same document in JSON, so every output can be reproduced outside the tool.
public protocol OutputPlugin: Sendable {
    /// The name users pass to `--format` (lowercase, no spaces).
    var name: String { get }
    /// One line saying what it produces.
    var summary: String { get }
    /// The kinds of document it renders.
    var kinds: [DocumentKind] { get }
    /// The file extension for its output, without the dot.
    var fileExtension: String { get }
    /// The output for `document`, or a ``PluginError`` when it cannot render it.
    func render(_ document: PluginDocument, options: RenderOptions) throws(PluginError) -> String
    /// Writes the output for `document` to `output`, in pieces or whole; the same text as
    /// ``render(_:options:)``. By default it writes what `render` returns; a plugin whose output
    /// can be large (json) writes as it goes, so that the whole text is never in memory.
    func write(_ document: PluginDocument, options: RenderOptions, to output: inout some TextOutputStream) throws(PluginError)
}

extension OutputPlugin {
    public func write(_ document: PluginDocument, options: RenderOptions, to output: inout some TextOutputStream) throws(PluginError) {
        output.write(try render(document, options: options))
    }
}

/// Settings the command line passes to every plugin.
public struct RenderOptions: Sendable, Equatable {
    /// Whether the output may use terminal colours (only the terminal views use them).
    public var color: Bool

    /// Makes options.
    public init(color: Bool = false) {
        self.color = color
    }
}

/// Why a plugin could not render a document.
public struct PluginError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the plugin.
    public var message: String

    /// Makes an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The error a plugin gives for a kind of document it does not render.
    public static func unsupported(_ plugin: some OutputPlugin, _ kind: DocumentKind) -> PluginError {
        PluginError("the \(plugin.name) format does not render a \(kind.rawValue) document; it renders \(plugin.kinds.map(\.rawValue).joined(separator: ", "))")
    }

    public var description: String { message }
}
