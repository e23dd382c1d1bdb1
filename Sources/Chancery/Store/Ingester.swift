import Dispatch

/// Reads files into the store: only what changed since the last ingest (by content hash), in
/// parallel across cores, written in batches of one transaction each, then links the graph.
///
/// A process killed in the middle leaves every finished batch stored and the store consistent;
/// the next ingest skips what was stored and completes the rest.
public struct Ingester: Sendable {
    public let store: CorpusStore
    public let knowledge: Knowledge
    /// Drop the facts of stored files that are no longer under the paths.
    public var prune = false
    /// Wait for another ingest of the same store instead of failing.
    public var waitForLock = false
    public var batchSize = 512
    public var threads: Int?

    public init(store: CorpusStore, knowledge: Knowledge) {
        self.store = store
        self.knowledge = knowledge
    }

    /// How far an ingest has gone.
    public struct Progress: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var documents: Int
        public var seconds: Double

        public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
        /// Seconds left at the current rate.
        public var secondsLeft: Double {
            filesDone > 0 ? seconds / Double(filesDone) * Double(filesTotal - filesDone) : 0
        }
    }

    /// What an ingest did.
    public struct Report: Sendable {
        public var files = 0
        public var unchanged = 0
        public var added = 0
        public var replaced = 0
        public var removed = 0
        public var documents = 0
        public var duplicates: [String] = []
        public var errors: [DocumentError] = []
        public var relinked = false
        public var seconds = 0.0

        public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
    }

    /// Ingests the files under `paths`.
    /// - Parameter progress: called after each batch.
    /// - Throws: ``StoreError`` when the store cannot be written (files that cannot be read are
    ///   reported in the report instead).
    public func run(_ paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) throws(StoreError) -> Report {
        let lock = try store.path.map { path throws(StoreError) in try IngestLock(storePath: path, wait: waitForLock) }
        defer { withExtendedLifetime(lock) {} }
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

        var report = Report()
        let (files, listingErrors) = DocumentLoader().files(under: paths)
        report.errors = listingErrors
        report.files = files.count
        let stored = try store.fileHashes()
        let curation = try store.curatedClaims()
        var analyzer = DocumentAnalyzer(
            knowledge: knowledge, claims: curation.claims + (try store.aliasClaims()), excluded: curation.excluded)
        _ = knowledge.spelling
        _ = knowledge.trie

        // A pipeline: while one batch is written, the next is read. Batch k+1 is read with the
        // claims of every batch up to k, as without the pipeline, so the result is the same.
        var done = 0
        var writing: BackgroundJob<(written: Int, duplicates: [String]), StoreError>?
        func finishWriting() throws(StoreError) {
            guard let job = writing else { return }
            writing = nil
            let outcome = try job.wait()
            report.duplicates += outcome.duplicates
            done += outcome.written
            progress?(Progress(filesDone: done, filesTotal: files.count, documents: report.documents, seconds: elapsed()))
        }
        var batchStart = 0
        while batchStart < files.count {
            let batch = Array(files[batchStart..<min(files.count, batchStart + batchSize)])
            batchStart += batch.count
            let current = analyzer
            let outcomes = CorpusAnalyzer.parallelMap(batch, threads: threads) { path in
                Self.read(path, stored: stored[path], analyzer: current)
            }
            var changed: [FileAnalysis] = []
            for outcome in outcomes {
                switch outcome {
                case .unchanged: report.unchanged += 1
                case .failed(let error): report.errors.append(error)
                case .read(let file):
                    if stored[file.path] == nil { report.added += 1 } else { report.replaced += 1 }
                    report.documents += file.analyses.count
                    changed.append(file)
                    for analysis in file.analyses {
                        for claim in analysis.aliasClaims { analyzer.resolver.add(claim) }
                    }
                }
            }
            try finishWriting()
            let store = store
            writing = BackgroundJob { [changed] () throws(StoreError) in
                (batch.count, changed.isEmpty ? [] : try store.replace(changed))
            }
        }
        try finishWriting()

        if prune {
            let seen = Set(files)
            let gone = stored.keys.filter { !seen.contains($0) }.sorted()
            try store.removeFiles(gone)
            report.removed = gone.count
        }
        try store.applyClaimsToUnresolvedNames()
        if try store.isGraphStale() {
            _ = try GraphLinker(store: store).rebuild()
            report.relinked = true
        }
        try store.checkpoint()
        report.seconds = elapsed()
        return report
    }

    private enum FileOutcome: Sendable {
        case unchanged
        case read(FileAnalysis)
        case failed(DocumentError)
    }

    /// Reads, hashes and analyses one file, unless its hash is the stored one.
    private static func read(_ path: String, stored: String?, analyzer: DocumentAnalyzer) -> FileOutcome {
        guard let bytes = TextFile.bytes(path) else {
            return .failed(.unreadable(path: path, reason: "permission denied or not a regular file"))
        }
        let hash = SHA256.hex(bytes)
        if hash == stored { return .unchanged }
        do {
            let documents = try DocumentLoader().read(bytes: bytes, path: path, contentHash: hash)
            return .read(
                FileAnalysis(
                    path: path, contentHash: hash, byteCount: bytes.count, analyses: documents.map(analyzer.analyze),
                    replacesStored: stored != nil))
        } catch {
            return .failed(error)
        }
    }
}

extension CorpusStore {
    /// Whether facts changed since the graph was last linked (or a link was interrupted).
    public func isGraphStale() throws(StoreError) -> Bool {
        try read { db in try meta("graphStale", in: db) == "1" }
    }

    /// Rebuilds the linked graph now (after curation).
    public func relink() throws(StoreError) {
        _ = try GraphLinker(store: self).rebuild()
    }
}
