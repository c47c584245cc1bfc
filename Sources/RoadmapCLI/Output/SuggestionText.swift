import RoadmapModel
import RoadmapComposition

/// The text of `merge --suggest`: one block per pair of look-alike topics, with the reason and
/// the `same-as` line that would confirm it.
enum SuggestionText {
    static func render(_ suggestions: [MergeSuggestion], files: SourceFiles) -> String {
        if suggestions.isEmpty { return "No suggestions: no unmerged topics with equal or similar titles or shared resource URLs.\n" }
        var out = ""
        for suggestion in suggestions {
            out += "\(suggestion.topics[0])  ~  \(suggestion.topics[1])\n"
            for reason in suggestion.reasons { out += "    because: \(reason)\n" }
            for location in suggestion.locations { out += "    at \(files.describe(location))\n" }
            out += "    to merge them: \(suggestion.confirmation)\n"
        }
        out += "\(suggestions.count) suggestion\(suggestions.count == 1 ? "" : "s"); none is applied until you write `same-as` or `aliases`.\n"
        return out
    }
}
