import RoadmapYAML
import RoadmapModel
import RoadmapPlugin
import RoadmapLoading

/// The engine of `roadmap fmt`: rewrites a roadmap file in the canonical layout, keeping every
/// comment, and proves that nothing else changed.
///
/// The layout: keys in ``FormatKeys`` order for the roadmap, its sections, topics and resources
/// (`x-` keys after the known ones, in their written order; keys inside `x-` values as written),
/// two-space indentation, block-style mappings, lists of mappings as `- key: value`, short lists
/// of plain scalars in flow style, strings quoted only where a plain scalar would change meaning
/// or type, `hours`, `free` and `format` as the literals they were, long text folded, multi-line
/// text as literal blocks (see ``YAMLCommentedWriter`` for the exact rules). Blank lines between
/// entries are kept (several as one); a byte-order mark is dropped, and lines end as the input's
/// first line does: CRLF for a file written with CRLF, LF otherwise (a mixed file gets its first
/// line's ending throughout).
///
/// Comments are kept with the key or list item they belong to (see ``YAMLCommentReader`` for the
/// rules and for the few positions where a comment moves: inside a multi-line flow collection,
/// between a key and a value written on a later line, on a line holding only `-`, `[` or `---`).
///
/// Formatting is checked before anything is returned: the output is decoded again and must hold
/// the same values as the input (locations aside), and every comment of the input must appear in
/// it (unless the output is the input, byte for byte). Formatting the output again gives the output.
public enum RoadmapFormatter {
    /// Why a text was not formatted.
    public enum Failure: Error, Sendable, Equatable {
        /// The input does not decode cleanly; the diagnostics say why.
        case invalid([Diagnostic])
        /// The formatted text would not hold the same values or comments (a bug in the formatter);
        /// the message says what differs.
        case notEquivalent(String)
    }

    /// The canonical text of the roadmap in `bytes`, read from `file`.
    ///
    /// Only decoding is checked here (types, keys, YAML); a caller that wants "loads cleanly" in
    /// full (references, variants) loads the file with ``RoadmapLoader`` first, as `roadmap fmt` does.
    public static func format(_ bytes: some Collection<UInt8>, file: SourceFileID = .none,
                              limits: YAMLLimits = .default) throws(Failure) -> String {
        let input = Array(bytes)
        // The two reads of the input (the values, and the tree with its comments) are
        // independent: they run at the same time, and so do the two reads of the output.
        let (decoded, read) = ChunkedWork.pair(
            { RoadmapDecoder.decode(input, file: file, limits: limits) },
            { Result { () throws(YAMLError) in try YAMLCommentReader.read(input, limits: limits) } })
        let (before, problems) = decoded
        guard let before, !problems.containsErrors else { throw .invalid(problems) }
        let document: YAMLCommentedDocument
        switch read {
        case .success(let value): document = value
        case .failure(let error):
            throw .invalid([.error(DiagnosticCode(error.kind), error.message, at: SourceLocation(file: file, mark: error.mark))])
        }
        let text = YAMLCommentedWriter().write(RoadmapLayout.arrange(document))
        let result = usesCRLF(input) ? text.replacing("\n", with: "\r\n") : text
        // Already in the layout (the usual `fmt --check` in CI): the output is the input, whose
        // values and comments were just read; reading it again would prove nothing new.
        if result.utf8.elementsEqual(input) { return result }

        var relaxed = limits
        relaxed.maxFileBytes = max(limits.maxFileBytes, text.utf8.count)
        let output = Array(text.utf8)
        let outputLimits = relaxed
        let (decodedAgain, rereadResult) = ChunkedWork.pair(
            { RoadmapDecoder.decode(output, file: file, limits: outputLimits) },
            { try? YAMLCommentReader.read(output, limits: outputLimits) })
        let (after, again) = decodedAgain
        guard let after, !again.containsErrors else {
            let first = again.first { $0.severity == .error }
            let where_ = first?.location.map { " at line \($0.line), column \($0.column)" } ?? ""
            throw .notEquivalent("the formatted text does not load\(where_): \(first?.message ?? "no roadmap")")
        }
        guard DraftComparison.sameValues(before, after) else {
            throw .notEquivalent("the formatted text loads to different values")
        }
        guard let reread = rereadResult else {
            throw .notEquivalent("the formatted text cannot be read again")
        }
        // Every comment comes back, alone or (two trailing comments of one key) joined on one line.
        let kept = reread.comments
        let exact = Set(kept)
        if let lost = document.comments.first(where: { comment in
            !exact.contains(comment) && !kept.contains { $0.count > comment.count && $0.contains(comment) }
        }) {
            throw .notEquivalent("the comment `\(lost.abbreviatedForMessage)` would be lost")
        }
        return result
    }

    /// True when the first line of `input` ends with CRLF (the file was written on Windows, or
    /// for it): the formatted text keeps that ending.
    static func usesCRLF(_ input: [UInt8]) -> Bool {
        guard let newline = input.firstIndex(of: UInt8(ascii: "\n")) else { return false }
        return newline > 0 && input[newline - 1] == UInt8(ascii: "\r")
    }

}
