import Foundation
import GRDB

/// The corpus on disk: an SQLite database (through GRDB, in WAL mode) holding every document
/// read, every fact extracted with its evidence, the event graph, and the user's curation.
///
/// The store owns its database writer, runs its migrations when opened, and offers writes named
/// after what they do. A file that is not a Chancery database is never written to.
public struct CorpusStore: Sendable {
    let writer: any DatabaseWriter
    /// The database file, or nil for an in-memory store.
    public let path: String?

    /// `CHNC`: marks a database as Chancery's (`PRAGMA application_id`).
    static let applicationID: Int32 = 0x4348_4E43

    /// The default location: `chancery.sqlite` in the current folder, unless `$CHANCERY_DB` says
    /// otherwise.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["CHANCERY_DB"], !path.isEmpty { return path }
        return FileManager.default.currentDirectoryPath + "/chancery.sqlite"
    }

    /// Opens (or creates) the store at `path`.
    /// - Throws: ``StoreError`` when the file is not a Chancery database, is damaged or newer.
    public init(path: String) throws(StoreError) {
        try Self.checkBeforeOpening(path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync keeps every committed batch across a crash; the larger page
            // cache (64 MiB) keeps the indexes of a big corpus in memory while ingesting.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try self.init(writer: pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// A store in memory, for tests.
    public static func inMemory() throws(StoreError) -> CorpusStore {
        do {
            return try CorpusStore(writer: try DatabaseQueue(), path: nil)
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: ":memory:")
        }
    }

    init(writer: any DatabaseWriter, path: String?) throws {
        self.writer = writer
        self.path = path
        try writer.write { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if id != Self.applicationID {
                guard tables.isEmpty else { throw StoreError.foreign(path: path ?? ":memory:", tables: tables) }
                try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
            }
        }
        let migrator = Self.migrator
        if try writer.read({ db in try migrator.hasBeenSuperseded(db) }) {
            throw StoreError.newerSchema(path: path ?? ":memory:")
        }
        try migrator.migrate(writer)
    }

    /// Refuses a file that is not SQLite, or is another program's database, before the store
    /// opens it for writing (which would turn on WAL and could change it).
    static func checkBeforeOpening(_ path: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .database(path: path, message: "the file cannot be read")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard !header.isEmpty else { return }
        guard header.starts(with: Array("SQLite format 3\u{0}".utf8)) else { throw .notADatabase(path: path) }
        // The application id sits at byte 68 of the header, big-endian.
        if header.count == 100, header[68..<72].reduce(Int32(0), { $0 << 8 | Int32($1) }) == applicationID { return }
        let tables: [String]
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            tables = try queue.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            }
        } catch {
            throw storeError(error, path: path)
        }
        guard tables.isEmpty else { throw .foreign(path: path, tables: tables) }
    }

    /// A GRDB or SQLite error, named for the user.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let store = error as? StoreError { return store }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt(path: path, message: database.message ?? "\(database)")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .busy(
                    path: path, message: "the database is busy: another Chancery is writing to it; try again when it has finished"
                )
            default: return .database(path: path, message: database.message ?? "\(database)")
            }
        }
        return .database(path: path, message: String(describing: error))
    }

    /// Moves the write-ahead log into the database file, so that the file alone holds the store.
    public func checkpoint() throws(StoreError) {
        do {
            try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw Self.storeError(error, path: path ?? ":memory:")
        }
    }

    /// What SQLite's integrity and foreign-key checks find wrong with the file (empty when sound).
    public func integrityProblems() throws(StoreError) -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")"
            }
            return integrity + keys
        }
    }

    /// Runs a read, turning database errors into ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(body) } catch { throw Self.storeError(error, path: path ?? ":memory:") }
    }

    /// Runs a write in one transaction, turning database errors into ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(body) } catch { throw Self.storeError(error, path: path ?? ":memory:") }
    }
}

// MARK: - Schema

extension CorpusStore {
    /// The migrations, in order. A migration never changes once released: later schema changes
    /// are new migrations, so curation in an older store survives them.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, facts, events, curation") { db in
            try db.create(table: "chanceryMeta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "file") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().unique()
                t.column("contentHash", .text).notNull()
                t.column("byteCount", .integer).notNull()
                t.column("ingestedAt", .text).notNull()
            }
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("fileID", .integer).notNull().indexed().references("file", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("fragment", .text)
                t.column("format", .text).notNull()
                t.column("layout", .text).notNull()
                t.column("title", .text)
                t.column("date", .text)
                t.column("dateEarliest", .integer)
                t.column("dateLatest", .integer)
                t.column("type", .text)
                t.column("recordID", .text)
                t.column("summary", .text)
            }
            try db.execute(
                sql:
                    "CREATE VIRTUAL TABLE documentText USING fts5(documentID UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
            try db.create(table: "entity") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("canonical", .text).notNull()
            }
            try db.create(table: "mention") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("documentID", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("entityID", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("surface", .text).notNull()
                t.column("nameKey", .text).notNull().indexed()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("line", .integer).notNull()
                t.column("rule", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("method", .text).notNull()
                t.column("nameKind", .text)
                t.column("isApparatus", .boolean).notNull()
                t.column("isAdjective", .boolean).notNull()
                t.check(sql: "\"end\" >= start")
            }
            try db.create(table: "aliasClaim") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("documentID", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("nameKey", .text).notNull().indexed()
                t.column("entityID", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("confidence", .double).notNull()
                t.evidenceColumns("evidence")
            }
            try db.create(table: "event") { t in
                t.primaryKey("id", .text)
                t.column("documentID", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("basis", .text).notNull()
                t.column("type", .text)
                t.column("number", .text)
                t.column("date", .text)
                t.column("dateEarliest", .integer).indexed()
                t.column("dateLatest", .integer)
                t.column("dateQualifiers", .integer).notNull().defaults(to: 0)
                t.column("standsFor", .text)
                t.column("origin", .text)
                t.column("gist", .text).notNull()
                t.evidenceColumns("evidence")
            }
            try db.create(table: "participant") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("eventID", .text).notNull().indexed().references("event", onDelete: .cascade)
                t.column("entityID", .text).notNull().indexed()
                t.column("role", .text).notNull()
                t.column("nameUsed", .text).notNull()
                t.column("nameKey", .text).notNull().indexed()
                t.column("method", .text).notNull()
                t.column("nameKind", .text)
                t.column("confidence", .double).notNull()
                for prefix in ["name", "why"] {
                    t.column(prefix + "_kind", .text)
                    t.column(prefix + "_reference", .text)
                    t.column(prefix + "_start", .integer)
                    t.column(prefix + "_end", .integer)
                    t.column(prefix + "_line", .integer)
                    t.column(prefix + "_text", .text)
                }
            }
            try db.create(table: "link") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("documentID", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("fromEvent", .text).notNull().indexed()
                t.column("toEvent", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("rule", .text).notNull()
                t.column("confidence", .double).notNull()
                t.evidenceColumns("evidence")
            }
            // Curation: the user's corrections, apart from extracted facts, never touched by ingest.
            try db.create(table: "curatedAlias") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("action", .text).notNull().check { ["add", "remove"].contains($0) }
                t.column("name", .text).notNull()
                t.column("nameKey", .text).notNull().indexed()
                t.column("entityID", .text).notNull()
                t.column("validFrom", .text)
                t.column("validTo", .text)
                t.column("note", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["action", "nameKey", "entityID"], onConflict: .replace)
            }
            try db.create(table: "curatedMerge") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("entityID", .text).notNull().unique(onConflict: .replace)
                t.column("intoEntityID", .text).notNull()
                t.column("note", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.check(sql: "entityID <> intoEntityID")
            }
            try db.create(table: "curatedLink") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("action", .text).notNull().check { ["add", "remove"].contains($0) }
                t.column("fromRef", .text).notNull()
                t.column("toRef", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("note", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["fromRef", "toRef", "kind"], onConflict: .replace)
            }
            try db.create(table: "curatedDate") { t in
                t.primaryKey("documentID", .text)
                t.column("edtf", .text).notNull()
                t.column("note", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
        }
        migrator.registerMigration("v2: the linked event graph") { db in
            // Derived after each ingest from the facts above; rebuilt, never edited by hand.
            try db.create(table: "eventMerge") { t in
                t.primaryKey("eventID", .text)
                t.column("intoEvent", .text).notNull().indexed()
                t.column("rule", .text).notNull()
            }
            try db.create(table: "graphLink") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fromEvent", .text).notNull().indexed()
                t.column("toEvent", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("rule", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("sourceLink", .integer)
                t.evidenceColumns("evidence")
            }
            try db.create(table: "eventBound") { t in
                t.primaryKey("eventID", .text)
                t.column("earliest", .integer)
                t.column("latest", .integer)
                t.column("conflict", .text)
            }
        }
        migrator.registerMigration("v3: entity activity") { db in
            // A person's messages by role come from the index alone.
            try db.drop(index: "participant_on_entityID")
            try db.create(
                index: "participant_on_entityID_role_eventID", on: "participant", columns: ["entityID", "role", "eventID"])
            try EntityActivity.createTables(db)
            try EntityActivity.rebuild(db)
        }
        return migrator
    }
}
