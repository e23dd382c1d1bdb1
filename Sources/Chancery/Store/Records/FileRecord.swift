import GRDB

/// A source file read into the store, with the hash that makes re-reading it a no-op.
struct FileRecord: Codable, FetchableRecord, MutablePersistableRecord, BulkInsertable, Sendable {
    static let databaseTableName = "file"

    var id: Int64?
    var path: String
    var contentHash: String
    var byteCount: Int
    var ingestedAt: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let path = Column(CodingKeys.path)
        static let contentHash = Column(CodingKeys.contentHash)
    }

    static let insertColumns = ["id", "path", "contentHash", "byteCount", "ingestedAt"]
    static let insertSQL = insertStatement(insertColumns)
    var insertValues: [(any DatabaseValueConvertible)?] { [id, path, contentHash, byteCount, ingestedAt] }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
