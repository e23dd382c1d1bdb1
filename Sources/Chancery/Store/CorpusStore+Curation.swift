import Foundation
import GRDB

/// The user's corrections: kept apart from extracted facts, overriding them, surviving every
/// re-ingest, prune and migration, and exported and imported as a plain, diff-friendly file.
extension CorpusStore {
    /// One correction.
    public enum Correction: Sendable, Equatable {
        /// `name` refers to `entity` (in a period, when given).
        case addAlias(name: String, entity: String, from: String?, to: String?, note: String)
        /// `name` does not refer to `entity`.
        case removeAlias(name: String, entity: String, note: String)
        /// `entity` is the same as `into`.
        case merge(entity: String, into: String, note: String)
        /// Undo a merge of `entity` and `other` (either way round).
        case split(entity: String, other: String, note: String)
        /// A link between two events (or documents) that extraction missed.
        case addLink(from: String, to: String, kind: EventLink.Kind, note: String)
        /// A link extraction made that is wrong.
        case removeLink(from: String, to: String, kind: EventLink.Kind, note: String)
        /// The document's true date.
        case setDate(document: String, edtf: String, note: String)
    }

    /// Records a correction and applies it to the stored facts; the graph is rebuilt after.
    public func apply(_ correction: Correction) throws(StoreError) {
        try apply([correction])
    }

    /// Records corrections and applies them in one transaction: all of them, or, when one cannot
    /// be applied, none.
    func apply(_ corrections: [Correction]) throws(StoreError) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        try write { db in
            for correction in corrections { try apply(correction, stamp: stamp, in: db) }
            try setMeta("graphStale", "1", in: db)
        }
    }

    private func apply(_ correction: Correction, stamp: String, in db: Database) throws {
        switch correction {
        case .addAlias(let name, let entity, let from, let to, let note):
            let key = NameKey.of(name)
            try db.execute(
                sql: "DELETE FROM curatedAlias WHERE action = 'remove' AND nameKey = ? AND entityID = ?",
                arguments: [key, entity])
            try db.execute(
                sql:
                    "INSERT INTO curatedAlias (action, name, nameKey, entityID, validFrom, validTo, note, createdAt) VALUES ('add', ?, ?, ?, ?, ?, ?, ?)",
                arguments: [name, key, entity, from, to, note, stamp])
            try reassign(key: key, to: entity, from: from, to: to, in: db)
        case .removeAlias(let name, let entity, let note):
            let key = NameKey.of(name)
            try db.execute(
                sql: "DELETE FROM curatedAlias WHERE action = 'add' AND nameKey = ? AND entityID = ?",
                arguments: [key, entity])
            try db.execute(
                sql:
                    "INSERT INTO curatedAlias (action, name, nameKey, entityID, note, createdAt) VALUES ('remove', ?, ?, ?, ?, ?)",
                arguments: [name, key, entity, note, stamp])
            let unknown = IdentityResolver.newEntityID(for: name)
            for table in ["mention", "participant"] {
                try db.execute(
                    sql: "UPDATE \(table) SET entityID = ?, method = 'curation' WHERE nameKey = ? AND entityID = ?",
                    arguments: [unknown, key, entity])
            }
        case .merge(let entity, let into, let note):
            guard entity != into else { return }
            try db.execute(
                sql: "INSERT INTO curatedMerge (entityID, intoEntityID, note, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [entity, into, note, stamp])
        case .split(let entity, let other, _):
            try db.execute(
                sql:
                    "DELETE FROM curatedMerge WHERE (entityID = ? AND intoEntityID = ?) OR (entityID = ? AND intoEntityID = ?)",
                arguments: [entity, other, other, entity])
            guard db.changesCount > 0 else {
                throw StoreError.notFound(what: "there is no merge of \(entity) and \(other) to undo", suggestions: [])
            }
        case .addLink(let from, let to, let kind, let note), .removeLink(let from, let to, let kind, let note):
            let action: String
            if case .addLink = correction { action = "add" } else { action = "remove" }
            try db.execute(
                sql: "INSERT INTO curatedLink (action, fromRef, toRef, kind, note, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [action, from, to, kind.rawValue, note, stamp])
        case .setDate(let document, let edtf, let note):
            try db.execute(
                sql: "INSERT OR REPLACE INTO curatedDate (documentID, edtf, note, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [document, edtf, note, stamp])
        }
    }

    /// Gives `entity` to every stored fact written with the name `key` (within the period).
    private func reassign(key: String, to entity: String, from: String?, to until: String?, in db: Database) throws {
        let start = from.flatMap(CalendarDate.init(iso:))?.earliestDay.dayNumber ?? Int.min
        let end = until.flatMap(CalendarDate.init(iso:))?.latestDay.dayNumber ?? Int.max
        try db.execute(
            sql: """
                UPDATE mention SET entityID = ?, method = 'curation' WHERE nameKey = ? AND documentID IN
                    (SELECT id FROM document WHERE dateEarliest IS NULL OR (dateLatest >= ? AND dateEarliest <= ?))
                """, arguments: [entity, key, start, end])
        try db.execute(
            sql: """
                UPDATE participant SET entityID = ?, method = 'curation' WHERE nameKey = ? AND eventID IN
                    (SELECT id FROM event WHERE dateEarliest IS NULL OR (dateLatest >= ? AND dateEarliest <= ?))
                """, arguments: [entity, key, start, end])
    }

    /// The curated aliases, as claims for the resolver, and the names curation says are not an entity.
    public func curatedClaims() throws(StoreError) -> (claims: [AliasClaim], excluded: [String: Set<String>]) {
        try read { db in
            var claims: [AliasClaim] = []
            var excluded: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM curatedAlias ORDER BY id") {
                let name: String = row["name"]
                let entity: String = row["entityID"]
                if (row["action"] as String) == "remove" {
                    excluded[NameKey.of(name), default: []].insert(entity)
                } else {
                    claims.append(
                        AliasClaim(
                            name: name, entityID: entity, kind: .pseudonym,
                            validFrom: (row["validFrom"] as String?).flatMap(CalendarDate.init(iso:)),
                            validTo: (row["validTo"] as String?).flatMap(CalendarDate.init(iso:)),
                            evidence: .curation(note: row["note"]), confidence: 1))
                }
            }
            return (claims, excluded)
        }
    }

    // MARK: - Export and import

    /// The curation as text: one correction per line, tab-separated, sorted, with a header.
    public func exportCuration() throws(StoreError) -> String {
        try read { db in
            var lines: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM curatedAlias") {
                lines.append(
                    CurationFile.line([
                        "alias", row["action"], row["name"], row["entityID"], row["validFrom"] ?? "", row["validTo"] ?? "",
                        row["note"],
                    ]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM curatedMerge") {
                lines.append(CurationFile.line(["merge", row["entityID"], row["intoEntityID"], row["note"]]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM curatedLink") {
                lines.append(CurationFile.line(["link", row["action"], row["fromRef"], row["toRef"], row["kind"], row["note"]]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM curatedDate") {
                lines.append(CurationFile.line(["date", row["documentID"], row["edtf"], row["note"]]))
            }
            return CurationFile.header + lines.sorted().joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
        }
    }

    /// Reads a file written by ``exportCuration()`` (or by hand) and applies every line.
    /// - Returns: how many corrections were applied.
    /// - Throws: ``StoreError/malformed(path:line:message:)`` naming the line, or the error of a
    ///   correction that cannot be applied; nothing is applied then.
    @discardableResult
    public func importCuration(_ text: String, path: String) throws(StoreError) -> Int {
        let corrections = try CurationFile.parse(text, path: path)
        try apply(corrections)
        return corrections.count
    }
}
