import Dispatch

/// Analyses a set of documents together: each is read on its own, in parallel, and then read
/// again with what the others say about names (an alias a footnote declares in one document
/// resolves the name in the next).
public struct CorpusAnalyzer: Sendable {
    public let knowledge: Knowledge
    /// Claims from curation, which outrank everything a document says.
    public var curation: [AliasClaim]
    /// How many threads to use; nil for every core.
    public var threads: Int?

    public init(knowledge: Knowledge, curation: [AliasClaim] = [], threads: Int? = nil) {
        self.knowledge = knowledge
        self.curation = curation
        self.threads = threads
    }

    public func analyze(_ documents: [Document]) -> [DocumentAnalysis] {
        let initial = DocumentAnalyzer(knowledge: knowledge, claims: curation)
        var analyses = map(documents) { initial.analyze($0) }
        let claims = analyses.flatMap(\.aliasClaims)
        guard !claims.isEmpty else { return analyses }
        // Read again only the documents that use a name another document explains.
        let claimed = Set(claims.map { NameKey.of($0.name) })
        let again = analyses.indices.filter { index in
            analyses[index].mentions.contains { mention in
                mention.resolution.method != .documentAlias && claimed.contains(NameKey.of(mention.mention.surface))
            }
        }
        guard !again.isEmpty else { return analyses }
        let analyzer = DocumentAnalyzer(knowledge: knowledge, claims: curation + claims)
        let redone = map(again.map { documents[$0] }) { analyzer.analyze($0) }
        for (position, index) in again.enumerated() { analyses[index] = redone[position] }
        return analyses
    }

    private func map<R: Sendable>(_ documents: [Document], _ transform: @Sendable (Document) -> R) -> [R] {
        threads == 1 ? documents.map(transform) : Self.parallelMap(documents, transform)
    }

    /// `transform` over `items` on every core (or one thread), results in order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1, threads != 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }
}

/// Slots that parallel workers fill, one each.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = Lock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.withLock { slots[index] = value }
    }

    func values() -> [R] {
        lock.withLock { slots.map { $0! } }
    }
}
