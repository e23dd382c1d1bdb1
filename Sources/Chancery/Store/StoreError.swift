/// Why the corpus store cannot be used. Every case names the database file.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// The file is an SQLite database of another program: Chancery will not touch it.
    case foreign(path: String, tables: [String])
    /// SQLite reports the file damaged.
    case corrupt(path: String, message: String)
    /// Another process holds the store (an ingest is running).
    case busy(path: String, message: String)
    /// The store was written by a newer Chancery.
    case newerSchema(path: String)
    /// Any other database failure, with SQLite's message.
    case database(path: String, message: String)
    /// A curation refers to something the store does not know.
    case notFound(what: String, suggestions: [String])
    /// A curation file has a malformed line.
    case malformed(path: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path): not a Chancery database (not even SQLite); it was left untouched. Use --db to choose another file."
        case .foreign(let path, let tables):
            "\(path): an SQLite database of another program (tables: \(tables.prefix(6).joined(separator: ", "))); it was left untouched. Use --db to choose another file."
        case .corrupt(let path, let message): "\(path): the database is damaged (\(message)); it was left untouched"
        case .busy(let path, let message): "\(path): \(message)"
        case .newerSchema(let path): "\(path): written by a newer Chancery; update Chancery to use it"
        case .database(let path, let message): "\(path): \(message)"
        case .notFound(let what, let suggestions):
            suggestions.isEmpty ? what : "\(what); did you mean \(suggestions.joined(separator: ", "))?"
        case .malformed(let path, let line, let message): "\(path):\(line): \(message)"
        }
    }
}
