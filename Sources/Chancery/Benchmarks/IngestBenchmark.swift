import Foundation
import GRDB

/// The store at scale: generates a synthetic corpus, ingests it into a fresh store, times the
/// queries a historian runs most, and scores the reply links against the generator's truth.
public struct IngestBenchmark: Sendable {
    public var documents: Int
    public var seed: UInt64
    public var threads: Int?
    public var knowledge: Knowledge
    /// Where the corpus and the store go; a temporary folder (removed afterwards) when nil.
    public var directory: String?

    public init(knowledge: Knowledge, documents: Int, seed: UInt64 = 1952, threads: Int? = nil, directory: String? = nil) {
        self.knowledge = knowledge
        self.documents = documents
        self.seed = seed
        self.threads = threads
        self.directory = directory
    }

    public struct Figures: Sendable, Codable {
        public var documents: Int
        public var threads: Int
        public var generateSeconds: Double
        public var ingestSeconds: Double
        public var documentsPerSecond: Double
        /// Ingesting the same corpus again (every file unchanged).
        public var reingestSeconds: Double
        public var peakResidentBytes: Int
        public var storeBytes: Int
        /// Median milliseconds over the query runs.
        public var whoMilliseconds: Double
        public var threadMilliseconds: Double
        public var betweenMilliseconds: Double
        public var replyPrecision: Double
        public var replyRecall: Double
        public var replyLinksFound: Int
        public var replyLinksTrue: Int
    }

    public func run(progress: (@Sendable (Ingester.Progress) -> Void)? = nil) throws -> Figures {
        let root = directory ?? NSTemporaryDirectory() + "chancery-bench-\(ProcessInfo.processInfo.processIdentifier)"
        // A kept folder keeps the corpus of each size and seed, generated once.
        let corpus = root + "/corpus-\(documents)-\(seed)"
        let database = root + "/bench.sqlite"
        let manager = FileManager.default
        for suffix in ["", "-wal", "-shm", ".lock"] { try? manager.removeItem(atPath: database + suffix) }
        defer { if directory == nil { try? manager.removeItem(atPath: root) } }

        var clock = Stopwatch()
        let goldPath = corpus + "/synthetic.gold.json"
        let truth: [GoldRecord]
        if directory != nil, manager.fileExists(atPath: goldPath) {
            truth = try Evaluation.loadGold(goldPath)
        } else {
            try? manager.removeItem(atPath: corpus)
            truth = try SyntheticCorpus(documents: documents, seed: seed).write(to: corpus)
        }
        let generateSeconds = clock.lap()

        let store = try CorpusStore(path: database)
        var ingester = Ingester(store: store, knowledge: knowledge)
        ingester.threads = threads
        let report = try ingester.run([corpus], progress: progress)
        let ingestSeconds = clock.lap()
        let peak = ResidentMemory.peak()
        _ = try ingester.run([corpus])
        let reingestSeconds = clock.lap()

        let query = CorpusQuery(store: store, knowledge: knowledge)
        let pairs = [("Filippov", "Mao Zedong"), ("Kim Il Sung", "Shtykov"), ("Zhou Enlai", "Vyshinsky")]
        let whoTime = try Self.median(9) { index in _ = try query.who(["Filippov", "Zhou Enlai", "Krasovsky"][index % 3]) }
        let betweenTime = try Self.median(9) { index in
            _ = try query.timeline(TimelineFilter(between: pairs[index % pairs.count]))
        }
        let starts = truth.filter { !($0.repliesTo ?? []).isEmpty }.prefix(9).map { Self.recordReference($0.file) }
        let threadTime = try Self.median(starts.count) { index in _ = try query.thread(starts[index]) }

        let score = try Self.replyScore(store: store, truth: truth, corpus: corpus)
        let storeBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? manager.attributesOfItem(atPath: database + suffix)[.size] as? Int) ?? 0)
        }
        return Figures(
            documents: report.documents, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
            generateSeconds: generateSeconds, ingestSeconds: ingestSeconds,
            documentsPerSecond: Double(report.documents) / max(ingestSeconds, 1e-9), reingestSeconds: reingestSeconds,
            peakResidentBytes: peak, storeBytes: storeBytes,
            whoMilliseconds: whoTime, threadMilliseconds: threadTime, betweenMilliseconds: betweenTime,
            replyPrecision: score.precision, replyRecall: score.recall, replyLinksFound: score.found, replyLinksTrue: score.truth)
    }

    /// The record ID the synthetic page of `file` carries, as `thread` accepts it.
    static func recordReference(_ file: String) -> String {
        let index = Int(file.split(separator: "-").last?.prefix(6) ?? "") ?? 0
        return "record:\(SyntheticCorpus.firstRecordID + index)"
    }

    /// Reply links between documents in the linked graph, against the generator's truth.
    static func replyScore(
        store: CorpusStore, truth: [GoldRecord], corpus: String
    ) throws -> (
        precision: Double, recall: Double, found: Int, truth: Int
    ) {
        let expected = Set(truth.flatMap { record in (record.repliesTo ?? []).map { "\(record.file)>\($0)" } })
        let prefix = corpus + "/"
        let found: Set<String> = try store.read { db in
            var paths: [String: String] = [:]
            let documents = try Row.fetchCursor(db, sql: "SELECT id, path FROM document")
            while let row = try documents.next() {
                let path: String = row["path"]
                paths["doc:" + (row["id"] as String)] = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            }
            var merged: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT eventID, intoEvent FROM eventMerge") {
                merged[row["eventID"]] = row["intoEvent"]
            }
            func document(_ event: String) -> String? { paths[merged[event] ?? event] }
            var pairs = Set<String>()
            let links = try Row.fetchCursor(db, sql: "SELECT fromEvent, toEvent FROM graphLink WHERE kind = 'replies-to'")
            while let row = try links.next() {
                guard let from = document(row["fromEvent"]), let to = document(row["toEvent"]) else { continue }
                pairs.insert("\(from)>\(to)")
            }
            return pairs
        }
        let correct = found.intersection(expected).count
        return (
            found.isEmpty ? 0 : Double(correct) / Double(found.count),
            expected.isEmpty ? 1 : Double(correct) / Double(expected.count), found.count, expected.count
        )
    }

    static func median(_ runs: Int, _ body: (Int) throws -> Void) throws -> Double {
        guard runs > 0 else { return 0 }
        var times: [Double] = []
        for index in 0..<runs {
            var clock = Stopwatch()
            try body(index)
            times.append(clock.lap() * 1_000)
        }
        return times.sorted()[runs / 2]
    }
}
