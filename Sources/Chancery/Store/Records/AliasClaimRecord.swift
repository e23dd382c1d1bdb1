import GRDB

/// A document's claim that a name refers to an entity, with the statement as evidence.
struct AliasClaimRecord: FetchableRecord, BulkInsertable, Sendable {
    static let databaseTableName = "aliasClaim"

    var id: Int64?
    var documentID: String
    var name: String
    var nameKey: String
    var entityID: String
    var kind: String
    var confidence: Double
    var evidence: StoredEvidence

    init(documentID: String, claim: AliasClaim, lines: Document.LineLocator?) {
        self.documentID = documentID
        self.name = claim.name
        self.nameKey = NameKey.of(claim.name)
        self.entityID = claim.entityID
        self.kind = claim.kind.rawValue
        self.confidence = claim.confidence
        self.evidence = StoredEvidence(claim.evidence, lines: lines)
    }

    init(row: Row) {
        id = row["id"]
        documentID = row["documentID"]
        name = row["name"]
        nameKey = row["nameKey"]
        entityID = row["entityID"]
        kind = row["kind"]
        confidence = row["confidence"]
        evidence = StoredEvidence(row: row, prefix: "evidence")
    }

    static let insertColumns =
        ["id", "documentID", "name", "nameKey", "entityID", "kind", "confidence"] + StoredEvidence.columns("evidence")
    static let insertSQL = insertStatement(insertColumns)

    var insertValues: [(any DatabaseValueConvertible)?] {
        [id, documentID, name, nameKey, entityID, kind, confidence] + evidence.values
    }

    /// The claim, for identity resolution.
    func claim(paths: [String: String]) -> AliasClaim {
        AliasClaim(
            name: name, entityID: entityID, kind: NameKind(rawValue: kind) ?? .pseudonym,
            evidence: evidence.evidence(paths: paths),
            confidence: confidence)
    }
}
