import GRDB

/// A party to an event, the name used, and how it was resolved.
struct ParticipantRecord: BulkInsertable, Sendable {
    static let databaseTableName = "participant"

    var id: Int64?
    var eventID: String
    var entityID: String
    var role: String
    var nameUsed: String
    var nameKey: String
    var method: String
    var nameKind: String?
    var confidence: Double
    /// Where the name is written (the span in the document).
    var nameEvidence: StoredEvidence?
    /// Why the name is that entity (a footnote, an authority row).
    var resolutionEvidence: StoredEvidence?

    init(eventID: String, participant: Participant, lines: Document.LineLocator?) {
        self.eventID = eventID
        entityID = participant.entityID
        role = participant.role.rawValue
        nameUsed = participant.nameUsed
        nameKey = NameKey.of(participant.nameUsed)
        method = participant.resolution.method.rawValue
        nameKind = participant.resolution.nameKind?.rawValue
        confidence = participant.resolution.confidence
        nameEvidence = participant.nameEvidence.map { StoredEvidence($0, lines: lines) }
        resolutionEvidence = participant.resolution.evidence.first.map { StoredEvidence($0, lines: lines) }
    }

    static let insertColumns =
        ["id", "eventID", "entityID", "role", "nameUsed", "nameKey", "method", "nameKind", "confidence"]
        + StoredEvidence.columns("name") + StoredEvidence.columns("why")
    static let insertSQL = insertStatement(insertColumns)

    var insertValues: [(any DatabaseValueConvertible)?] {
        [id, eventID, entityID, role, nameUsed, nameKey, method, nameKind, confidence]
            + (nameEvidence?.values ?? StoredEvidence.absent) + (resolutionEvidence?.values ?? StoredEvidence.absent)
    }
}
