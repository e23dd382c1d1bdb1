import GRDB

/// A message or meeting: a document's own, one it carries, or one it mentions (a placeholder).
struct EventRecord: BulkInsertable, Sendable {
    static let databaseTableName = "event"

    var id: String
    /// The document that produced the event (for a placeholder, the one that mentions it).
    var documentID: String
    var kind: String
    var basis: String
    var type: String?
    var number: String?
    var date: String?
    var dateEarliest: Int?
    var dateLatest: Int?
    var dateQualifiers: Int
    var standsFor: String?
    var origin: String?
    var gist: String
    var evidence: StoredEvidence

    init(_ event: Event, documentID: String, lines: Document.LineLocator?) {
        id = event.id
        self.documentID = documentID
        kind = event.kind.rawValue
        basis = event.basis.rawValue
        type = event.type
        number = event.number
        date = event.date?.edtf
        dateEarliest = event.date?.earliest.dayNumber
        dateLatest = event.date?.latest.dayNumber
        dateQualifiers = Int(event.date?.qualifiers.rawValue ?? 0)
        standsFor = event.standsFor
        origin = event.origin
        gist = event.gist
        evidence = StoredEvidence(event.evidence, lines: lines)
    }

    static let insertColumns =
        [
            "id", "documentID", "kind", "basis", "type", "number", "date", "dateEarliest", "dateLatest", "dateQualifiers",
            "standsFor", "origin", "gist",
        ] + StoredEvidence.columns("evidence")
    static let insertSQL = insertStatement(insertColumns)

    var insertValues: [(any DatabaseValueConvertible)?] {
        [id, documentID, kind, basis, type, number, date, dateEarliest, dateLatest, dateQualifiers, standsFor, origin, gist]
            + evidence.values
    }
}
