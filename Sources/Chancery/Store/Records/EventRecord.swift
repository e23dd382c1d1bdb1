import GRDB

/// A message or meeting: a document's own, one it carries, or one it mentions (a placeholder).
struct EventRecord: FetchableRecord, PersistableRecord, BulkInsertable, Sendable {
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

    enum Columns {
        static let id = Column("id")
        static let documentID = Column("documentID")
        static let dateEarliest = Column("dateEarliest")
    }

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

    init(row: Row) {
        id = row["id"]
        documentID = row["documentID"]
        kind = row["kind"]
        basis = row["basis"]
        type = row["type"]
        number = row["number"]
        date = row["date"]
        dateEarliest = row["dateEarliest"]
        dateLatest = row["dateLatest"]
        dateQualifiers = row["dateQualifiers"]
        standsFor = row["standsFor"]
        origin = row["origin"]
        gist = row["gist"]
        evidence = StoredEvidence(row: row, prefix: "evidence")
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

    /// The stored date, with its qualifiers.
    var historicalDate: HistoricalDate? {
        guard var parsed = date.flatMap({ HistoricalDate(edtf: $0) }) else { return nil }
        parsed.qualifiers = HistoricalDate.Qualifiers(rawValue: UInt8(truncatingIfNeeded: dateQualifiers))
        return parsed
    }
}
