import RoadmapModel
/// One curriculum composed from several roadmaps: every topic once, in study order, with where
/// it came from.
public struct Curriculum: Sendable, Equatable {
    /// One roadmap that went into the curriculum.
    public struct Input: Sendable, Equatable {
        /// Its id.
        public var id: String
        /// Its title.
        public var title: String
        /// Its `source` URL, if any.
        public var source: String?
        /// The file it was loaded from, as named in messages.
        public var file: String
        /// The ids of the roadmaps it extends, for a variant (one) or a composition (several).
        public var bases: [String]
        /// How many topics it has.
        public var topicCount: Int
        /// How many of its topics merged with a topic of another input.
        public var sharedTopicCount: Int
    }

    /// The numbers a reader wants first.
    public struct Totals: Sendable, Equatable {
        /// Topics of all inputs, counted per input.
        public var topicsBeforeMerge: Int
        /// Topics of the curriculum, each shared subject once.
        public var topics: Int
        /// Topics that merged topics of two or more inputs.
        public var sharedTopics: Int
        /// Sum of the merged topics' hours.
        public var hours: Double
        /// Resources of all inputs.
        public var resourcesBeforeMerge: Int
        /// Resources of the curriculum, duplicates dropped.
        public var resources: Int
        /// Number of parts.
        public var stages: Int
    }

    /// Its id.
    public var id: String
    /// Its title.
    public var title: String
    /// The roadmaps, in the order given.
    public var inputs: [Input]
    /// The topics in study order.
    public var topics: [CurriculumTopic]
    /// Totals.
    public var totals: Totals
    /// Pairs of a roadmap's written order the study order does not keep, and why (notes
    /// located at the later topic of each pair): what `merge --explain` prints.
    public var explanations: [Diagnostic] = []
}

/// A topic of a curriculum: one subject, merged from every roadmap that teaches it.
public struct CurriculumTopic: Sendable, Equatable {
    /// Where one of the merged topics was written.
    public struct Origin: Sendable, Equatable {
        /// `ROADMAP/SECTION/TOPIC`.
        public var path: String
        /// The roadmap's id.
        public var roadmap: String
        /// The section's title.
        public var sectionTitle: String
        /// Where the topic is written.
        public var location: SourceLocation
        /// Where variants edited it.
        public var edits: [SourceLocation]
        /// This roadmap's own summary of the topic.
        public var summary: String?
        /// This roadmap's own level.
        public var level: Level?
    }

    /// `ROADMAP/ID` of its first occurrence.
    public var id: String
    /// The title from the first roadmap given.
    public var title: String
    /// The first roadmap's summary (or the first given).
    public var summary: String?
    /// Every other id and alias the merged topics have.
    public var aliases: [String]
    /// Union of tags, in order.
    public var tags: [String]
    /// The first roadmap's level (or the first given).
    public var level: Level?
    /// The largest of the merged topics' hours.
    public var hours: Double?
    /// The number of its part (parts in study order, from 1).
    public var stage: Int
    /// The title of its part: the section its first roadmap puts it in (and the topics next to it).
    public var part: String
    /// Canonical ids of its prerequisites in the curriculum, in study order.
    public var requires: [String]
    /// Prerequisites outside the merged roadmaps, as `ROADMAP/ID`.
    public var requiresOutside: [String]
    /// Resources of all merged topics, in order, duplicates dropped.
    public var resources: [Resource]
    /// Every topic it was merged from.
    public var from: [Origin]
    /// `x-` keys of the merged topics (first wins per key).
    public var extensions: [ExtensionField]
}
