import Dispatch

/// Analyses a set of documents together: each is read on its own, in parallel, and then read
/// again with what the others say about names (an alias a footnote declares in one document
/// resolves the name in the next).
public struct CorpusAnalyzer: Sendable {
    public let knowledge: Knowledge
    /// Claims from curation, which outrank everything a document says.
    public var curation: [AliasClaim]

    public init(knowledge: Knowledge, curation: [AliasClaim] = []) {
        self.knowledge = knowledge
        self.curation = curation
    }

    public func analyze(_ documents: [Document]) -> [DocumentAnalysis] {
        let initial = DocumentAnalyzer(knowledge: knowledge, claims: curation)
        let first = Self.parallelMap(documents) { initial.analyze($0) }
        let claims = first.flatMap(\.aliasClaims)
        guard !claims.isEmpty else { return first }
        let analyzer = DocumentAnalyzer(knowledge: knowledge, claims: curation + claims)
        return Self.parallelMap(documents) { analyzer.analyze($0) }
    }

    /// `transform` over `items` on every core, results in order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
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
