import GRDB

/// A link of the linked graph between two messages, with the rule, confidence and evidence
/// that made it: what `thread` prints and what views and exports draw.
public struct MessageLink: Sendable, Codable, Equatable {
    public var from: String
    public var to: String
    /// `replies-to`, `possible-reply`, `transmits`, `encloses` or `refers-to`.
    public var kind: String
    public var rule: String
    public var confidence: Double
    public var evidence: String
}

extension MessageLink {
    /// The link of a `graphLink` row.
    init(row: Row) {
        from = row["fromEvent"]
        to = row["toEvent"]
        kind = row["kind"]
        rule = row["rule"]
        confidence = row["confidence"]
        evidence = StoredEvidence(row: row, prefix: "evidence").describe
    }
}
