import GRDB

/// A source file read into the store, with the hash that makes re-reading it a no-op.
struct FileRecord: Codable, BulkInsertable, Sendable {
    static let databaseTableName = "file"

    var id: Int64?
    var path: String
    var contentHash: String
    var byteCount: Int
    var ingestedAt: String

    static let insertColumns = ["id", "path", "contentHash", "byteCount", "ingestedAt"]
    static let insertSQL = insertStatement(insertColumns)
    var insertValues: [(any DatabaseValueConvertible)?] { [id, path, contentHash, byteCount, ingestedAt] }
}
