import Foundation
import Testing
import RoadmapLoading
import RoadmapComposition

/// How good `merge --suggest` is, measured on a labelled set of 106 pairs of topic titles (and
/// a few shared URLs) written for this test: each title carries the subject it is about, two
/// topics are a true match when their subjects are equal. Every suggestion between the two
/// roadmaps is judged, so a crossed pair (mergesort ~ quicksort) counts against precision.
@Suite("Merge: suggestion precision and recall on a labelled set")
struct SuggestionQualityTests {
    /// (subject, title, URL) on each side of a pair.
    typealias Side = (subject: String, title: String, url: String?)

    /// Pairs of the same subject written differently, then pairs of different subjects that look alike.
    static let pairs: [(Side, Side)] = [
        (("statistics", "Statistics & Probability", nil), ("statistics", "Statistics", nil)),
        (("kubernetes", "Kubernetes (K8s)", nil), ("kubernetes", "Kubernetes", nil)),
        (("docker", "Docker containers", nil), ("docker", "Docker", nil)),
        (("python", "Python programming", nil), ("python", "Python", nil)),
        (("sql", "Intro to SQL", nil), ("sql", "SQL", nil)),
        (("linear-algebra", "Linear Algebra for ML", nil), ("linear-algebra", "Linear Algebra", nil)),
        (("git", "Git and GitHub", nil), ("git", "Git", nil)),
        (("deep-learning", "Deep Learning Fundamentals", nil), ("deep-learning", "Deep Learning", nil)),
        (("machine-learning", "Machine Learning Basics", nil), ("machine-learning", "Machine Learning", nil)),
        (("spark", "Apache Spark", nil), ("spark", "Spark", nil)),
        (("kafka", "Apache Kafka", nil), ("kafka", "Kafka", nil)),
        (("visualization", "Data Visualization", nil), ("visualization", "Data Visualisation", nil)),
        (("nlp", "Natural Language Processing (NLP)", nil), ("nlp", "Natural Language Processing", nil)),
        (("computer-vision", "Computer Vision", nil), ("computer-vision", "Computer Vision Basics", nil)),
        (("cloud", "Cloud Computing (AWS, GCP, Azure)", nil), ("cloud", "Cloud Computing", nil)),
        (("calculus", "Calculus", nil), ("calculus", "Calculus for Machine Learning", nil)),
        (("probability", "Probability Theory", nil), ("probability", "Probability", nil)),
        (("dsa", "Data Structures & Algorithms", nil), ("dsa", "Data Structures and Algorithms", nil)),
        (("oop", "Object-Oriented Programming", nil), ("oop", "Object Oriented Programming", nil)),
        (("cicd", "CI/CD", nil), ("cicd", "CI/CD Pipelines", nil)),
        (("shell", "Unix Shell", nil), ("shell", "The Unix Shell", nil)),
        (("bash", "Bash scripting", nil), ("bash", "Bash", nil)),
        (("feature-engineering", "Feature Engineering", nil), ("feature-engineering", "Feature engineering techniques", nil)),
        (("deployment", "Model Deployment", nil), ("deployment", "Deploying Models", nil)),
        (("tracking", "Experiment Tracking", nil), ("tracking", "Experiment tracking with MLflow", nil)),
        (("warehousing", "Data Warehousing", nil), ("warehousing", "Data Warehouses", nil)),
        (("etl", "ETL Pipelines", nil), ("etl", "ETL", nil)),
        (("airflow", "Airflow", nil), ("airflow", "Apache Airflow", nil)),
        (("pytorch", "PyTorch", nil), ("pytorch", "PyTorch Basics", nil)),
        (("tensorflow", "TensorFlow", nil), ("tensorflow", "TensorFlow 2", nil)),
        (("numpy", "NumPy arrays", nil), ("numpy", "NumPy", nil)),
        (("pandas", "Pandas", nil), ("pandas", "Pandas for Data Analysis", nil)),
        (("regression", "Regression Analysis", nil), ("regression", "Regression", nil)),
        (("time-series", "Time Series", nil), ("time-series", "Time Series Analysis", nil)),
        (("ab-testing", "A/B Testing", nil), ("ab-testing", "A/B tests", nil)),
        (("databases", "Databases", nil), ("databases", "Database Systems", nil)),
        (("recommenders", "Recommender Systems", nil), ("recommenders", "Recommendation Systems", nil)),
        (("rl", "Reinforcement Learning", nil), ("rl", "Reinforcement Learning (RL)", nil)),
        (("scraping", "Web Scraping", nil), ("scraping", "Web scraping with Python", nil)),
        (("cleaning", "Data Cleaning", nil), ("cleaning", "Data cleaning and preprocessing", nil)),
        (("mlops", "MLOps", nil), ("mlops", "MLOps fundamentals", nil)),
        (("terraform", "Terraform", nil), ("terraform", "Terraform (IaC)", nil)),
        (("linux", "Linux", nil), ("linux", "Linux Basics", nil)),
        (("networking", "Networking", nil), ("networking", "Computer Networking", nil)),
        (("os", "Operating Systems", nil), ("os", "Operating Systems: Three Easy Pieces", nil)),
        (("discrete-math", "Discrete Math", nil), ("discrete-math", "Discrete Mathematics", nil)),
        (("graph-algorithms", "Graph Algorithms", nil), ("graph-algorithms", "graph algorithms", nil)),
        (("portfolio", "Portfolio Projects", nil), ("portfolio", "Portfolio projects", nil)),
        (("interviews", "Interview Prep", nil), ("interviews", "Interview Preparation", nil)),
        (("resume", "Resume Writing", nil), ("resume", "Writing a Resume", nil)),
        (("big-data", "Big Data", nil), ("big-data", "Big Data with Hadoop", nil)),
        (("hadoop", "Hadoop", nil), ("hadoop", "Apache Hadoop", nil)),
        (("monitoring", "Monitoring ML Models", nil), ("monitoring", "Model Monitoring", nil)),
        (("versioning", "Data Versioning", nil), ("versioning", "Data version control", nil)),
        (("orchestration", "Container Orchestration", "https://kubernetes.io/docs/home/"), ("orchestration", "K8s", "https://kubernetes.io/docs/home/")),
        (("stats-course", "Stats 101", "https://www.khanacademy.org/math/statistics-probability"),
         ("stats-course", "Intro Statistics Course", "https://www.khanacademy.org/math/statistics-probability")),
        // Different subjects that look alike.
        (("merge-sort", "Merge Sort", "https://en.wikipedia.org/wiki/Sorting_algorithm"), ("quick-sort", "Quick Sort", "https://en.wikipedia.org/wiki/Sorting_algorithm")),
        (("mergesort-2", "Mergesort", "https://www.geeksforgeeks.org/sorting-algorithms/"), ("quicksort-2", "Quicksort", "https://www.geeksforgeeks.org/sorting-algorithms/")),
        (("linear-regression", "Linear Regression", nil), ("logistic-regression", "Logistic Regression", nil)),
        (("supervised", "Supervised Learning", nil), ("unsupervised", "Unsupervised Learning", nil)),
        (("de-projects", "Data Engineering Projects", nil), ("ds-projects", "Data Science Projects", nil)),
        (("sql-2", "SQL", nil), ("nosql", "NoSQL", nil)),
        (("python-2", "Python", nil), ("python-ds", "Python for Data Science", nil)),
        (("deep-learning-2", "Deep Learning", nil), ("machine-learning-2", "Machine Learning", nil)),
        (("computer-vision-2", "Computer Vision", nil), ("computer-networks", "Computer Networks", nil)),
        (("java", "Java", nil), ("javascript", "JavaScript", nil)),
        (("c", "C", nil), ("cpp", "C++", nil)),
        (("probability-2", "Probability", nil), ("statistics-2", "Statistics", nil)),
        (("calculus-2", "Calculus", nil), ("linear-algebra-2", "Linear Algebra", nil)),
        (("docker-2", "Docker", nil), ("compose", "Docker Compose", nil)),
        (("kubernetes-2", "Kubernetes", nil), ("kubeflow", "Kubeflow", nil)),
        (("spark-streaming", "Spark Streaming", nil), ("kafka-streams", "Kafka Streams", nil)),
        (("lakes", "Data Lakes", nil), ("warehouses-2", "Data Warehouses", nil)),
        (("batch", "Batch Processing", nil), ("stream", "Stream Processing", nil)),
        (("etl-2", "ETL", nil), ("elt", "ELT", nil)),
        (("git-2", "Git", nil), ("actions", "GitHub Actions", nil)),
        (("cloud-2", "Cloud Computing", nil), ("edge", "Edge Computing", nil)),
        (("aws", "AWS", nil), ("azure", "Azure", nil)),
        (("web-dev", "Web Development", nil), ("scraping-2", "Web Scraping", nil)),
        (("neural-networks", "Neural Networks", nil), ("gnn", "Graph Neural Networks", nil)),
        (("nlp-2", "Natural Language Processing", nil), ("nlg", "Natural Language Generation", nil)),
        (("forecasting", "Time Series Forecasting", nil), ("demand", "Demand Forecasting", nil)),
        (("feature-stores", "Feature Stores", nil), ("feature-engineering-2", "Feature Engineering", nil)),
        (("deployment-2", "Model Deployment", nil), ("monitoring-2", "Model Monitoring", nil)),
        (("tracking-2", "Experiment Tracking", nil), ("bugs", "Bug Tracking", nil)),
        (("visualization-2", "Data Visualization", nil), ("validation", "Data Validation", nil)),
        (("recommenders-2", "Recommender Systems", nil), ("os-2", "Operating Systems", nil)),
        (("interviews-2", "Interview Preparation", nil), ("exams", "Exam Preparation", nil)),
        (("resume-2", "Resume Writing", nil), ("tech-writing", "Technical Writing", nil)),
        (("big-data-2", "Big Data", nil), ("big-o", "Big O Notation", nil)),
        (("unit-testing", "Unit Testing", nil), ("ab-testing-2", "A/B Testing", nil)),
        (("linux-2", "Linux", nil), ("kernel", "Linux Kernel Development", nil)),
        (("bash-2", "Bash", nil), ("zsh", "Zsh", nil)),
        (("pandas-2", "Pandas", nil), ("polars", "Polars", nil)),
        (("regex", "Regex", nil), ("regression-2", "Regression", nil)),
        (("cleaning-2", "Data Cleaning", nil), ("labeling", "Data Labeling", nil)),
        (("hypothesis", "Hypothesis Testing", nil), ("pentest", "Penetration Testing", nil)),
        (("rl-2", "Reinforcement Learning", nil), ("transfer", "Transfer Learning", nil)),
        (("discrete-2", "Discrete Mathematics", nil), ("applied-math", "Applied Mathematics", nil)),
        (("os-3", "Operating Systems", nil), ("distributed", "Distributed Systems", nil)),
        (("db-design", "Database Design", nil), ("graphic-design", "Graphic Design", nil)),
        (("computer-architecture", "Computer Architecture", nil), ("software-architecture", "Software Architecture", nil)),
        (("cloud-security", "Cloud Security", nil), ("web-security", "Web Security", nil)),
        (("data-ethics", "Data Ethics", nil), ("ai-ethics", "AI Ethics", nil)),
        (("ir", "Information Retrieval", nil), ("info-theory", "Information Theory", nil)),
        (("dp", "Dynamic Programming", nil), ("fp", "Functional Programming", nil)),
    ]

    /// A second set, written after the rules were tuned on the first and never used to tune them:
    /// how the rules do on titles they were not fitted to.
    static let heldOut: [(Side, Side)] = [
        (("go", "Go", nil), ("go", "Go Programming", nil)),
        (("ai", "AI Fundamentals", nil), ("ai", "AI", nil)),
        (("react", "React.js", nil), ("react", "React", nil)),
        (("graphql", "GraphQL APIs", nil), ("graphql", "GraphQL", nil)),
        (("snowflake", "Snowflake", nil), ("snowflake", "Snowflake Data Warehouse", nil)),
        (("dbt", "dbt (data build tool)", nil), ("dbt", "dbt", nil)),
        (("optimization", "Optimisation", nil), ("optimization", "Optimization", nil)),
        (("clustering", "Clustering Algorithms", nil), ("clustering", "Clustering", nil)),
        (("ensembles", "Ensemble Methods", nil), ("ensembles", "Ensemble methods in practice", nil)),
        (("llm", "Large Language Models", nil), ("llm", "Large Language Models (LLMs)", nil)),
        (("prompting", "Prompt Engineering", nil), ("prompting", "Prompt engineering basics", nil)),
        (("vectors", "Vector Databases", nil), ("vectors", "Vector Database", nil)),
        (("excel", "Excel", nil), ("excel", "Microsoft Excel", nil)),
        (("tableau", "Tableau", nil), ("tableau", "Tableau dashboards", nil)),
        (("gans", "Generative Adversarial Networks", nil), ("gans", "Generative Adversarial Networks (GANs)", nil)),
        (("rnn", "Recurrent Neural Networks", nil), ("cnn", "Convolutional Neural Networks", nil)),
        (("bagging", "Bagging", nil), ("boosting", "Boosting", nil)),
        (("rest", "REST APIs", nil), ("graphql-2", "GraphQL", nil)),
        (("precision", "Precision and Recall", nil), ("roc", "ROC Curves", nil)),
        (("k-means", "K-Means Clustering", nil), ("hierarchical", "Hierarchical Clustering", nil)),
        (("bfs", "Breadth-First Search", nil), ("dfs", "Depth-First Search", nil)),
        (("mysql", "MySQL", nil), ("postgresql", "PostgreSQL", nil)),
        (("tcp", "TCP", nil), ("udp", "UDP", nil)),
        (("scala", "Scala", nil), ("scala-spark", "Spark with Scala", nil)),
        (("dashboards", "Dashboards", nil), ("tableau-2", "Tableau", nil)),
        (("stemming", "Stemming", nil), ("lemmatization", "Lemmatization", nil)),
        (("tokenization", "Tokenization", nil), ("tokenomics", "Tokenomics", nil)),
        (("pca", "Principal Component Analysis", nil), ("ica", "Independent Component Analysis", nil)),
        (("sorting", "Sorting Algorithms", nil), ("searching", "Searching Algorithms", nil)),
        (("java-2", "Java", nil), ("kotlin", "Kotlin", nil)),
    ]

    /// The subjects of equal meaning under two labels above (the same subject in two pairs).
    static let sameSubjects: [Set<String>] = [
        ["statistics", "statistics-2", "stats-course"], ["kubernetes", "kubernetes-2", "orchestration"], ["docker", "docker-2"],
        ["python", "python-2"], ["sql", "sql-2"], ["linear-algebra", "linear-algebra-2"], ["git", "git-2"],
        ["deep-learning", "deep-learning-2"], ["machine-learning", "machine-learning-2"], ["computer-vision", "computer-vision-2"],
        ["cloud", "cloud-2"], ["calculus", "calculus-2"], ["probability", "probability-2"], ["feature-engineering", "feature-engineering-2"],
        ["deployment", "deployment-2"], ["tracking", "tracking-2"], ["warehousing", "warehouses-2"], ["etl", "etl-2"],
        ["pandas", "pandas-2"], ["regression", "regression-2"], ["ab-testing", "ab-testing-2"], ["recommenders", "recommenders-2"],
        ["rl", "rl-2"], ["scraping", "scraping-2"], ["cleaning", "cleaning-2"], ["linux", "linux-2"], ["os", "os-2", "os-3"],
        ["discrete-math", "discrete-2"], ["interviews", "interviews-2"], ["resume", "resume-2"], ["big-data", "big-data-2"],
        ["monitoring", "monitoring-2"], ["bash", "bash-2"], ["visualization", "visualization-2"], ["nlp", "nlp-2"],
        ["networking", "computer-networks"],
        // The held-out set.
        ["tableau", "tableau-2"], ["graphql", "graphql-2"],
    ]

    static func subjectKey(_ subject: String) -> String {
        sameSubjects.first { $0.contains(subject) }.map { $0.sorted()[0] } ?? subject
    }

    static func roadmap(_ id: String, _ sides: [Side]) -> String {
        var text = "format: 1\nid: \(id)\ntitle: \(id.uppercased())\nsections:\n  - id: all\n    title: All\n    topics:\n"
        for (index, side) in sides.enumerated() {
            text += "      - id: \(id)-\(index)\n        title: \"\(side.title)\"\n"
            if let url = side.url { text += "        resources:\n          - title: Link\n            url: \(url)\n" }
        }
        return text
    }

    /// (precision, recall, true pairs found, suggestions, true pairs).
    static func measure(_ pairs: [(Side, Side)] = pairs) -> (precision: Double, recall: Double, found: Int, suggested: Int, truth: Int) {
        let a = pairs.map(\.0), b = pairs.map(\.1)
        let merge = MergeFixture.merge([("a.yaml", roadmap("a", a)), ("b.yaml", roadmap("b", b))])
        let suggestions = SuggestionFinder.suggestions(for: TopicGraph(merge.load.roadmaps))
        func subject(_ id: String) -> String? {
            let parts = id.split(separator: "/")
            guard parts.count == 2, let index = Int(parts[1].split(separator: "-").last ?? "") else { return nil }
            return subjectKey(parts[0] == "a" ? a[index].subject : b[index].subject)
        }
        var truth = 0
        for x in a { for y in b where subjectKey(x.subject) == subjectKey(y.subject) { truth += 1 } }
        if ProcessInfo.processInfo.environment["SUGGESTION_DEBUG"] != nil {
            for suggestion in suggestions { print(subject(suggestion.topics[0]) == subject(suggestion.topics[1]) ? "TP" : "FP", suggestion.topics, suggestion.reasons) }
        }
        let found = suggestions.filter { suggestion in
            suggestion.topics.count == 2 && subject(suggestion.topics[0]) != nil && subject(suggestion.topics[0]) == subject(suggestion.topics[1])
        }.count
        return (suggestions.isEmpty ? 0 : Double(found) / Double(suggestions.count), Double(found) / Double(truth), found, suggestions.count, truth)
    }

    @Test("the labelled set: 106 pairs, each side a topic; precision and recall stay at the measured figures (0.98, 0.89) or above")
    func precisionAndRecall() {
        #expect(Self.pairs.count == 106)
        let result = Self.measure()
        print("suggestions: precision \(result.precision) (\(result.found) of \(result.suggested)), recall \(result.recall) (\(result.found) of \(result.truth))")
        // Measured on this set: before SubjectWords, precision 0.90 (37 of 41) and recall 0.37 (37 of 100);
        // with it, 1.0 (89 of 89) and 0.89 (89 of 100). (The rules were tuned on this set; see `heldOut`.)
        #expect(result.precision >= 0.98)
        #expect(result.recall >= 0.89)
    }

    @Test("the held-out set (30 pairs, not used for tuning): precision and recall stay at the measured figures or above")
    func heldOut() {
        #expect(Self.heldOut.count == 30)
        let result = Self.measure(Self.heldOut)
        print("held out: precision \(result.precision) (\(result.found) of \(result.suggested)), recall \(result.recall) (\(result.found) of \(result.truth))")
        // Measured once, after the rules were fixed: precision 1.0 (10 of 10), recall 0.59 (10 of 17).
        #expect(result.precision >= 0.9)
        #expect(result.recall >= 0.58)
    }
}
