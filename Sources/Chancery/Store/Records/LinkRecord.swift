import GRDB

/// A link between two events that a document states (a reply, a transmission, a citation).
struct LinkRecord: BulkInsertable, Sendable {
    static let databaseTableName = "link"

    var id: Int64?
    var documentID: String
    var fromEvent: String
    var toEvent: String
    var kind: String
    var rule: String
    var confidence: Double
    var evidence: StoredEvidence

    init(documentID: String, link: EventLink, lines: Document.LineLocator?) {
        self.documentID = documentID
        fromEvent = link.from
        toEvent = link.to
        kind = link.kind.rawValue
        rule = link.rule
        confidence = link.confidence
        evidence = StoredEvidence(link.evidence, lines: lines)
    }

    static let insertColumns =
        ["id", "documentID", "fromEvent", "toEvent", "kind", "rule", "confidence"] + StoredEvidence.columns("evidence")
    static let insertSQL = insertStatement(insertColumns)

    var insertValues: [(any DatabaseValueConvertible)?] {
        [id, documentID, fromEvent, toEvent, kind, rule, confidence] + evidence.values
    }
}
