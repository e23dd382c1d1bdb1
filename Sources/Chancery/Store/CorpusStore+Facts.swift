import Foundation
import GRDB

/// A file's bytes' hash and what was read in it, ready to be stored.
public struct FileAnalysis: Sendable {
    public var path: String
    public var contentHash: String
    public var byteCount: Int
    public var analyses: [DocumentAnalysis]
    /// Whether the store holds an earlier version of the file, whose facts go first.
    public var replacesStored: Bool

    public init(path: String, contentHash: String, byteCount: Int, analyses: [DocumentAnalysis], replacesStored: Bool = true) {
        self.path = path
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.analyses = analyses
        self.replacesStored = replacesStored
    }
}

extension CorpusStore {
    /// The content hash of every stored file, by path.
    public func fileHashes() throws(StoreError) -> [String: String] {
        try read { db in
            var hashes: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, contentHash FROM file")
            while let row = try rows.next() { hashes[row["path"]] = row["contentHash"] }
            return hashes
        }
    }

    /// Replaces, in one transaction, everything stored for these files with what was read now.
    /// - Returns: the ids of documents skipped because another file already holds them.
    @discardableResult
    public func replace(_ files: [FileAnalysis]) throws(StoreError) -> [String] {
        let stamp = ISO8601DateFormatter().string(from: Date())
        return try write { db in
            var duplicates: [String] = []
            var texts: [(rowID: Int64, analysis: DocumentAnalysis)] = []
            for file in files {
                if file.replacesStored { try deleteFile(path: file.path, in: db) }
                try FileRecord(path: file.path, contentHash: file.contentHash, byteCount: file.byteCount, ingestedAt: stamp)
                    .insertCached(db)
                let fileID = db.lastInsertedRowID
                for analysis in file.analyses {
                    if try Bool.fetchOne(
                        db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)"),
                        arguments: [analysis.document.id]) == true
                    {
                        duplicates.append(analysis.document.id)
                        continue
                    }
                    texts.append((try insert(analysis, fileID: fileID, in: db), analysis))
                }
            }
            // The text index last: once a virtual table is written in a transaction, every later
            // statement pays for its savepoints.
            for (rowID, analysis) in texts {
                try db.cachedStatement(sql: "INSERT INTO documentText (rowid, documentID, title, body) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [
                        rowID, analysis.document.id, analysis.document.title?.text ?? "", HistoricalText.of(analysis.document),
                    ])
            }
            try setMeta("graphStale", "1", in: db)
            return duplicates
        }
    }

    /// Removes stored files (and all their facts); curation is kept.
    public func removeFiles(_ paths: [String]) throws(StoreError) {
        try write { db in
            for path in paths { try deleteFile(path: path, in: db) }
            if !paths.isEmpty { try setMeta("graphStale", "1", in: db) }
        }
    }

    private func deleteFile(path: String, in db: Database) throws {
        try db.cachedStatement(
            sql:
                "DELETE FROM documentText WHERE rowid IN (SELECT document.rowid FROM document JOIN file ON file.id = document.fileID WHERE file.path = ?)"
        ).execute(arguments: [path])
        try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?").execute(arguments: [path])
    }

    /// Inserts a document's facts. - Returns: the document's rowid.
    private func insert(_ analysis: DocumentAnalysis, fileID: Int64, in db: Database) throws -> Int64 {
        let document = analysis.document
        let lines = document.lineLocator()
        let date = analysis.mainEvent?.date ?? analysis.extraction.documentDate?.date
        try DocumentRecord(
            id: document.id, fileID: fileID, path: document.path, fragment: document.fragment, format: document.format.rawValue,
            layout: document.layout.rawValue, title: document.title?.text, date: date?.edtf,
            dateEarliest: date?.earliest.dayNumber,
            dateLatest: date?.latest.dayNumber, type: analysis.extraction.documentType, recordID: document.recordID,
            summary: document.summary?.text
        ).insertCached(db)
        // The text index shares the document's rowid, so that replacing a file finds its rows by key.
        let rowID = db.lastInsertedRowID
        for (resolved, isApparatus) in analysis.mentions.map({ ($0, false) }) + analysis.apparatus.map({ ($0, true) }) {
            let mention = resolved.mention
            let record = MentionRecord(
                documentID: document.id, entityID: resolved.resolution.entityID, kind: mention.kind.rawValue,
                surface: mention.surface, nameKey: NameKey.of(mention.surface), start: mention.span.start, end: mention.span.end,
                line: lines.line(at: mention.span.start), rule: mention.rule, confidence: resolved.resolution.confidence,
                method: resolved.resolution.method.rawValue, nameKind: resolved.resolution.nameKind?.rawValue,
                isApparatus: isApparatus, isAdjective: mention.isAdjective)
            try record.insertCached(db)
            if resolved.resolution.method == .new {
                try EntityRecord(
                    id: resolved.resolution.entityID, kind: mention.kind.rawValue,
                    canonical: EntityNames.displayForm(mention.surface)
                )
                .insert(db, onConflict: .ignore)
            }
        }
        for claim in analysis.aliasClaims {
            try AliasClaimRecord(documentID: document.id, claim: claim, lines: lines).insertCached(db)
        }
        for event in analysis.events {
            try EventRecord(event, documentID: document.id, lines: lines).insertCached(db)
            for participant in event.participants {
                try ParticipantRecord(eventID: event.id, participant: participant, lines: lines).insertCached(db)
                if participant.resolution.method == .new {
                    let kind = NameShape.isInstitution(participant.nameUsed) ? "organisation" : "person"
                    try EntityRecord(
                        id: participant.entityID, kind: kind, canonical: EntityNames.displayForm(participant.nameUsed)
                    )
                    .insert(db, onConflict: .ignore)
                }
            }
        }
        for link in analysis.links {
            try LinkRecord(documentID: document.id, link: link, lines: lines).insertCached(db)
        }
        return rowID
    }

    /// Every alias claim documents have made, for resolving names in other documents.
    public func aliasClaims() throws(StoreError) -> [AliasClaim] {
        try read { db in
            let paths = try documentPaths(db)
            return try AliasClaimRecord.fetchAll(db).map { $0.claim(paths: paths) }
        }
    }

    func documentPaths(_ db: Database) throws -> [String: String] {
        var paths: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path FROM document")
        while let row = try rows.next() { paths[row["id"]] = row["path"] }
        return paths
    }

    /// Names that other documents' claims now explain, in documents read before the claims:
    /// mentions and participants resolved as new (or by near spelling) whose name a claim
    /// covers are given the claimed entity.
    /// - Returns: how many facts changed.
    @discardableResult
    public func applyClaimsToUnresolvedNames() throws(StoreError) -> Int {
        try write { db in
            let sql = """
                UPDATE %@ SET entityID = (SELECT aliasClaim.entityID FROM aliasClaim WHERE aliasClaim.nameKey = %@.nameKey
                    ORDER BY aliasClaim.confidence DESC LIMIT 1), method = 'corpus-alias'
                WHERE method IN ('new', 'spelling') AND nameKey IN (SELECT nameKey FROM aliasClaim)
                """
            var changed = 0
            for table in ["mention", "participant"] {
                try db.execute(sql: sql.replacingOccurrences(of: "%@", with: table))
                changed += db.changesCount
            }
            if changed > 0 { try setMeta("graphStale", "1", in: db) }
            return changed
        }
    }

    // MARK: - Meta

    func setMeta(_ key: String, _ value: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO chanceryMeta (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    func meta(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM chanceryMeta WHERE key = ?", arguments: [key])
    }

    /// Counts of what the store holds.
    public func counts() throws(StoreError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for table in ["file", "document", "mention", "event", "participant", "link", "graphLink", "eventMerge", "entity"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}
