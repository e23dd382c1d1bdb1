import Foundation

/// `chancery eval`: runs the pipeline on every file a gold array names (relative to a folder),
/// writes what it found as records, and scores them, or scores records another tool produced.
public struct Evaluation: Sendable {
    public let knowledge: Knowledge
    /// Threads for extraction; 1 to measure one core.
    public var threads: Int?
    /// How many times to time extraction; the fastest run is reported.
    public var repetitions = 1

    public init(knowledge: Knowledge, threads: Int? = nil, repetitions: Int = 1) {
        self.knowledge = knowledge
        self.threads = threads
        self.repetitions = max(1, repetitions)
    }

    public struct Outcome: Sendable {
        public var report: EvaluationReport
        /// Files named in the gold that could not be read.
        public var errors: [DocumentError]
        /// Words in the evaluated texts and the seconds extraction took, for speed figures.
        public var words: Int
        public var seconds: Double
    }

    /// Reads a gold file.
    /// - Throws: ``DocumentError`` naming the file (and the line of a JSON syntax error).
    public static func loadGold(_ path: String) throws(DocumentError) -> [GoldRecord] {
        guard let bytes = TextFile.bytes(path) else { throw .missing(path: path) }
        do {
            return try JSONDecoder().decode([GoldRecord].self, from: Data(bytes))
        } catch {
            throw .malformed(path: path, line: nil, message: "not a gold array: \(JSONErrors.describe(error))")
        }
    }

    /// Runs the pipeline on the gold's files under `directory` and scores its records; with
    /// `predictions`, scores those instead (the documents are still read: the scorer resolves
    /// names through their alias statements).
    public func run(gold: [GoldRecord], directory: String, predictions: [GoldRecord]? = nil) -> Outcome {
        let (documents, errors) = load(gold: gold, directory: directory)
        let analyzer = CorpusAnalyzer(knowledge: knowledge, threads: threads)
        // The near-spelling index is built once per process, on first use: not part of reading.
        _ = knowledge.spelling
        var analyses: [DocumentAnalysis] = []
        var seconds = Double.infinity
        for _ in 0..<repetitions {
            var clock = Stopwatch()
            analyses = analyzer.analyze(documents.map(\.document))
            seconds = min(seconds, clock.lap())
        }
        let claims = analyses.flatMap(\.aliasClaims)
        var predicted: [GoldRecord]
        if let predictions {
            predicted = predictions
        } else {
            var fileOf: [String: String] = [:]
            for item in documents { fileOf[item.document.id] = item.file }
            let lookup = fileOf
            predicted = RecordBuilder.records(analyses, knowledge: knowledge) { lookup[$0.id] ?? $0.path }
        }
        let report = Scorer(knowledge: knowledge, claims: claims).score(gold: gold, predicted: predicted)
        let words = documents.reduce(0) { $0 + WordCount.of($1.document) }
        return Outcome(report: report, errors: errors, words: words, seconds: seconds)
    }

    /// The documents the gold names: `file` relative to `directory`, `file#id` for one
    /// document of a multi-document file.
    public func load(
        gold: [GoldRecord], directory: String
    ) -> (documents: [(file: String, document: Document)], errors: [DocumentError]) {
        var cache: [String: [Document]] = [:]
        var failed: [String: DocumentError] = [:]
        var documents: [(String, Document)] = []
        let loader = DocumentLoader()
        for record in gold {
            let parts = record.file.split(separator: "#", maxSplits: 1).map(String.init)
            let path = (directory as NSString).appendingPathComponent(parts[0])
            if failed[path] != nil { continue }
            if cache[path] == nil {
                do { cache[path] = try loader.read(path) } catch {
                    failed[path] = error
                    continue
                }
            }
            let inFile = cache[path] ?? []
            let document = parts.count == 2 ? inFile.first { $0.fragment == parts[1] } : inFile.first
            guard let document else {
                failed[path + "#" + (parts.count == 2 ? parts[1] : "")] = .unsupported(
                    path: path, reason: "no document '\(parts.count == 2 ? parts[1] : "")' in the file")
                continue
            }
            documents.append((record.file, document))
        }
        return (documents, failed.keys.sorted().compactMap { failed[$0] })
    }
}

/// Words in a document's historical text, counted as spaCy's tokens would be roughly: runs of
/// letters or digits.
public enum WordCount {
    public static func of(_ document: Document) -> Int {
        var sections = [document.title].compactMap { $0 } + document.blocks.compactMap(\.body)
        sections += document.footnotes.map(\.content) + [document.summary].compactMap { $0 }
        return sections.reduce(0) { $0 + of($1.text) }
    }

    public static func of(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}

/// Short descriptions of JSON decoding errors, with the path to the bad value.
enum JSONErrors {
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch decoding {
        case .dataCorrupted(let context): return context.debugDescription + path(context)
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)'" + path(context)
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return context.debugDescription + path(context)
        @unknown default: return String(describing: error)
        }
    }
}
