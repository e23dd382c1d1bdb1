import GRDB

/// A place in a document where a name stands, or where a search matched.
public struct MentionRow: Sendable, Codable, Equatable {
    public var document: String
    public var line: Int
    public var surface: String
    public var rule: String
    public var confidence: Double
    public var method: String
}

/// A document a full-text search found, with a snippet around the match.
public struct SearchHit: Sendable, Codable, Equatable {
    public var document: String
    public var title: String
    public var date: String?
    public var snippet: String
    public var score: Double
}

extension CorpusQuery {
    /// Every mention of an entity, by document and line.
    public func mentions(_ name: String, limit: Int = 1_000) throws(StoreError) -> [MentionRow] {
        try store.read { db in
            let match = try entity(name, db)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.path AS path, m.line AS line, m.surface AS surface, m.rule AS rule, m.confidence AS confidence, m.method AS method
                    FROM mention m JOIN document d ON d.id = m.documentID
                    WHERE m.entityID IN (\(Self.marks(match.ids))) AND m.isApparatus = 0
                    ORDER BY d.dateEarliest, d.path, m.start LIMIT \(max(1, limit))
                    """, arguments: StatementArguments(match.ids))
            return rows.map { row in
                MentionRow(
                    document: row["path"], line: row["line"], surface: row["surface"], rule: row["rule"],
                    confidence: row["confidence"],
                    method: row["method"])
            }
        }
    }

    public func table(_ mentions: [MentionRow]) -> QueryTable {
        QueryTable(
            columns: ["document", "line", "as written", "found by", "resolved by", "confidence"],
            rows: mentions.map {
                [$0.document, String($0.line), $0.surface, $0.rule, $0.method, String(format: "%.2f", $0.confidence)]
            })
    }

    /// Documents matching words, best first (SQLite FTS5, BM25), with snippets.
    ///
    /// The user's words are quoted as FTS phrases, so that no text they type can change the
    /// query's syntax (`"`, `*`, `NEAR`, `-` are searched as words).
    public func search(_ text: String, limit: Int = 20) throws(StoreError) -> [SearchHit] {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map {
            "\"" + String($0).replacingAll("\"", with: "\"\"") + "\""
        }
        guard !words.isEmpty else { return [] }
        let query = words.joined(separator: " ")
        return try store.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.path AS path, d.title AS title, d.date AS date,
                        snippet(documentText, 2, '[', ']', '…', 14) AS snippet, bm25(documentText) AS score
                    FROM documentText JOIN document d ON d.rowid = documentText.rowid
                    WHERE documentText MATCH ? ORDER BY score LIMIT ?
                    """, arguments: [query, limit])
            return rows.map { row in
                SearchHit(
                    document: row["path"], title: row["title"] ?? "", date: row["date"],
                    snippet: (row["snippet"] as String).split(whereSeparator: { $0.isNewline }).joined(separator: " "),
                    score: -(row["score"] as Double))
            }
        }
    }

    public func table(_ hits: [SearchHit]) -> QueryTable {
        QueryTable(
            columns: ["document", "date", "title", "snippet"],
            rows: hits.map {
                [$0.document.fileName, $0.date ?? "", $0.title, $0.snippet]
            })
    }
}
