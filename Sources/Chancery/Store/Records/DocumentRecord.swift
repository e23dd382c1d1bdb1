import GRDB

/// A document of a file: an archive page, a TEI document, a calendar row.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, BulkInsertable, Sendable {
    static let databaseTableName = "document"

    var id: String
    var fileID: Int64
    var path: String
    var fragment: String?
    var format: String
    var layout: String
    var title: String?
    /// EDTF, and the first and last day it can mean (day numbers), for range queries.
    var date: String?
    var dateEarliest: Int?
    var dateLatest: Int?
    var type: String?
    var recordID: String?
    var summary: String?

    static let insertColumns = [
        "id", "fileID", "path", "fragment", "format", "layout", "title", "date", "dateEarliest", "dateLatest", "type", "recordID",
        "summary",
    ]
    static let insertSQL = insertStatement(insertColumns)
    var insertValues: [(any DatabaseValueConvertible)?] {
        [id, fileID, path, fragment, format, layout, title, date, dateEarliest, dateLatest, type, recordID, summary]
    }
}
