import RoadmapPlugin
import RoadmapYAML

/// The text of a new roadmap file (`roadmap new`): a roadmap with one example topic, or a
/// variant of a base, with comments that show the next steps; in `roadmap fmt`'s layout.
public enum RoadmapSkeleton {
    /// A title made from an id: `data-science` → `Data Science`.
    public static func title(fromID id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The file's text: `file` is named in the comment that says how to check it.
    public static func text(id: String, title: String, extends base: String?, file: String) -> String {
        let text = handWritten(id: id, title: title, extends: base, file: file)
        // Through the formatter, so that the file is in the canonical layout by construction
        // (a skeleton that does not decode is refused by `new` before it is written).
        return (try? RoadmapFormatter.format(Array(text.utf8))) ?? text
    }

    private static func handWritten(id: String, title: String, extends base: String?, file: String) -> String {
        let shownFile = InertText.make(file).contains(where: \.isNewline) ? "\(id).yaml" : InertText.make(file)
        var out = """
            # yaml-language-server: $schema=roadmap.schema.json
            # A learning roadmap, format 1. Make the schema file with: roadmap schema format -o roadmap.schema.json
            # Check this file with: roadmap validate \(shownFile)


            """
        out += "format: 1\nid: \(id)\ntitle: \(YAMLQuoting.scalar(title))\n"
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
