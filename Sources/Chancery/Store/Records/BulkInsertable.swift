import GRDB

/// A record written in bulk by ingest: its columns in a fixed order and its values in the same
/// order, so that inserts reuse one prepared statement and need no row id back. Its
/// `encode(to:)` (for GRDB's own persistence methods) comes from the same two lists.
protocol BulkInsertable: EncodableRecord, TableRecord {
    /// `INSERT INTO table (columns…) VALUES (?…)`, built once by ``insertStatement(_:)``.
    static var insertSQL: String { get }
    static var insertColumns: [String] { get }
    var insertValues: [(any DatabaseValueConvertible)?] { get }
}

extension BulkInsertable {
    static func insertStatement(_ columns: [String]) -> String {
        let names = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(databaseTableName.quotedDatabaseIdentifier) (\(names)) VALUES (\(placeholders))"
    }

    func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.insertColumns, insertValues) { container[column] = value }
    }

    func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(insertValues))
    }
}
