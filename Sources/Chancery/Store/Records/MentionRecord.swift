import GRDB

/// A name in a document's text and the entity it was resolved to, with its span and rule.
struct MentionRecord: BulkInsertable, Sendable {
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
}
