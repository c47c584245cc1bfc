import RoadmapPlugin
import RoadmapYAML

/// The text of a new roadmap file (`roadmap new`): a roadmap with one example topic, a
/// variant of a base, or a composition of several bases, with comments that show the next
/// steps; in `roadmap fmt`'s layout.
public enum RoadmapSkeleton {
    /// A section of a composition's base, listed in the skeleton's comments.
    public struct Part: Sendable {
        /// Its id (`part-1`).
        public var id: String
        /// Its title.
        public var title: String
        /// `ROADMAP/ID` of its first topic, for the example edit.
        public var firstTopic: String?
        /// How many topics it has (the example moves a topic out of a part that keeps one).
        public var topicCount: Int

        /// Makes a part.
        public init(id: String, title: String, firstTopic: String?, topicCount: Int) {
            self.id = id
            self.title = title
            self.firstTopic = firstTopic
            self.topicCount = topicCount
        }
    }

    /// A title made from an id: `data-science` → `Data Science`.
    public static func title(fromID id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The file's text: `file` is named in the comment that says how to check it.
    /// With several `bases`, `parts` are the sections of their merge (known once it is made).
    public static func text(id: String, title: String, extends bases: [String], parts: [Part] = [], file: String) -> String {
        let text = bases.count > 1 ? composition(id: id, title: title, bases: bases, parts: parts, file: file)
            : handWritten(id: id, title: title, extends: bases.first, file: file)
        // Through the formatter, so that the file is in the canonical layout by construction
        // (a skeleton that does not decode is refused by `new` before it is written).
        return (try? RoadmapFormatter.format(Array(text.utf8))) ?? text
    }

    /// The file's name as the comments show it (`ID.yaml` when the name would break a comment).
    private static func shownFile(_ file: String, id: String) -> String {
        InertText.make(file).contains(where: \.isNewline) ? "\(id).yaml" : InertText.make(file)
    }

    private static func header(id: String, title: String, file: String) -> String {
        let shownFile = shownFile(file, id: id)
        return """
            # yaml-language-server: $schema=roadmap.schema.json
            # A learning roadmap, format 1. Make the schema file with: roadmap schema format -o roadmap.schema.json
            # Check this file with: roadmap validate \(shownFile)


            """ + "format: 1\nid: \(id)\ntitle: \(YAMLQuoting.scalar(title))\n"
    }

    /// A composition: `extends` with the list of bases, and comments naming the merge's parts.
    private static func composition(id: String, title: String, bases: [String], parts: [Part], file: String) -> String {
        var out = header(id: id, title: title, file: file)
        let names = bases.map { InertText.make($0).filter { !$0.isNewline } }
        out += "summary: \(YAMLQuoting.scalar("A track composed of " + names.joined(separator: ", ") + "."))\n"
        out += "extends: [\(bases.map { YAMLQuoting.scalar($0) }.joined(separator: ", "))]\n"
        out += """
            # The base is the merge of these roadmaps, as `roadmap merge \(names.joined(separator: " "))` makes it.
            # Its sections are the merge's parts:

            """
        for part in parts {
            out += "#   \(part.id)  \(InertText.make(part.title).filter { !$0.isNewline })\n"
        }
        func shown(_ name: String?, _ fallback: String) -> String { name.map { InertText.make($0).filter { !$0.isNewline } } ?? fallback }
        // The examples, uncommented, give a valid file with nothing to note: the edit moves a
        // topic out of a part that keeps others, and the removal takes another part.
        let edited = parts.first { $0.topicCount > 1 } ?? parts.first
        let example = shown(edited?.firstTopic, "ROADMAP/TOPIC-ID")
        let removed = shown(parts.last { $0.id != edited?.id }?.id, "part-N")
        out += """
            # A topic is named by its id in the merge (see them with: roadmap show \(shownFile(file, id: id))), by ROADMAP/ID
            # of any roadmap that teaches it, or by its canonical id (ROADMAP/ID of the first one).
            # remove: [\(removed)]    # drop parts of the merge, or topics (by ROADMAP/ID)
            # sections:
            #   - id: \(edited?.id ?? "part-1")                # edit topics listed under any part (they stay where they are)
            #     topics:
            #       - id: \(example)
            #         hours: 10
            #         section: my-own-topics  # move it into another section
            #   - id: my-own-topics         # a section of your own: a title and topics
            #     title: My Own Topics
            #     topics:
            #       - id: my-topic
            #         title: My Topic

            """
        return out
    }

    private static func handWritten(id: String, title: String, extends base: String?, file: String) -> String {
        var out = header(id: id, title: title, file: file)
        if let base {
            out += """
                summary: A variant of \(YAMLQuoting.scalar(base)).
                extends: \(YAMLQuoting.scalar(base))
                # remove: [a-section-or-topic-id]    # drop sections or topics of the base
                # sections:                          # edit sections and topics by id; new ones are appended
                #   - id: a-section-id
                #     topics:
                #       - id: a-topic-id
                #         hours: 10

                """
            return out
        }
        out += """
            summary: What this roadmap teaches, and for whom, in a sentence or two.
            sections:
              - id: foundations
                title: Foundations
                topics:
                  # A topic: an id that names the subject (roadmaps that share an id share the topic),
                  # a title, then what helps: summary, level, hours, resources, and prerequisites as
                  # requires: [ID] for a topic of this roadmap or [ROADMAP/ID] for one of another.
                  - id: python
                    title: Python
                    summary: What a learner can do after this topic.
                    level: beginner
                    hours: 20
                    resources:
                      - title: The Python Tutorial
                        url: https://docs.python.org/3/tutorial/
                        type: docs
                        free: true

            """
        return out
    }
}
