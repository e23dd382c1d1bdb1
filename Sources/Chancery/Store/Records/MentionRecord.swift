import GRDB

/// A name in a document's text and the entity it was resolved to, with its span and rule.
struct MentionRecord: FetchableRecord, MutablePersistableRecord, BulkInsertable, Sendable {
    static let databaseTableName = "mention"

    var id: Int64?
    var documentID: String
    var entityID: String
    var kind: String
    var surface: String
    var nameKey: String
    var start: Int
    var end: Int
    var line: Int
    var rule: String
    var confidence: Double
    var method: String
    var nameKind: String?
    /// A translator or editor of the edition, not a historical person.
    var isApparatus: Bool
    var isAdjective: Bool

    enum Columns {
        static let documentID = Column("documentID")
        static let entityID = Column("entityID")
        static let nameKey = Column("nameKey")
        static let method = Column("method")
    }

    init(
        documentID: String, entityID: String, kind: String, surface: String, nameKey: String, start: Int, end: Int, line: Int,
        rule: String, confidence: Double, method: String, nameKind: String?, isApparatus: Bool, isAdjective: Bool
    ) {
        self.documentID = documentID
        self.entityID = entityID
        self.kind = kind
        self.surface = surface
        self.nameKey = nameKey
        self.start = start
        self.end = end
        self.line = line
        self.rule = rule
        self.confidence = confidence
        self.method = method
        self.nameKind = nameKind
        self.isApparatus = isApparatus
        self.isAdjective = isAdjective
    }

    init(row: Row) {
        id = row["id"]
        documentID = row["documentID"]
        entityID = row["entityID"]
        kind = row["kind"]
        surface = row["surface"]
        nameKey = row["nameKey"]
        start = row["start"]
        end = row["end"]
        line = row["line"]
        rule = row["rule"]
        confidence = row["confidence"]
        method = row["method"]
        nameKind = row["nameKind"]
        isApparatus = row["isApparatus"]
        isAdjective = row["isAdjective"]
    }

    static let insertColumns = [
        "id", "documentID", "entityID", "kind", "surface", "nameKey", "start", "end", "line", "rule", "confidence", "method",
        "nameKind", "isApparatus", "isAdjective",
    ]
    static let insertSQL = insertStatement(insertColumns)

    var insertValues: [(any DatabaseValueConvertible)?] {
        [
            id, documentID, entityID, kind, surface, nameKey, start, end, line, rule, confidence, method, nameKind, isApparatus,
            isAdjective,
        ]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
