import GRDB

/// Questions asked of a corpus store: who a name is, what happened when, which messages answer
/// which, who connects two people. Answers are values; ``QueryTable`` writes them out.
public struct CorpusQuery: Sendable {
    public let store: CorpusStore
    public let knowledge: Knowledge

    public init(store: CorpusStore, knowledge: Knowledge) {
        self.store = store
        self.knowledge = knowledge
    }

    // MARK: - Entities

    /// An entity a user named, with every id that stands for it after the user's merges.
    public struct EntityMatch: Sendable, Equatable {
        public var id: String
        public var name: String
        /// The entity and those merged into it.
        public var ids: [String]
    }

    /// The entity a user means by `name` (a name in any of its forms, or an id).
    /// - Throws: ``StoreError/notFound(what:suggestions:)`` with the nearest names.
    public func entity(_ name: String) throws(StoreError) -> EntityMatch {
        try store.read { db in try entity(name, db) }
    }

    func entity(_ name: String, _ db: Database) throws -> EntityMatch {
        let mapped = try CurationState.entityMap(db)
        var id: String?
        let storedEntity = try EntityRecord.exists(db, key: name)
        if knowledge.entity(name) != nil || storedEntity {
            id = name
        } else {
            let curation = try curatedResolver(for: name, db)
            let resolution = curation.resolve(name, context: IdentityResolver.Context(document: nil, date: nil))
            if resolution.method != .new && resolution.method != .spelling {
                id = resolution.entityID
            } else if try EntityRecord.exists(db, key: resolution.entityID) {
                id = resolution.entityID
            } else if let stored = try String.fetchOne(
                db, sql: "SELECT entityID FROM participant WHERE nameKey = ? LIMIT 1", arguments: [NameKey.of(name)])
                ?? String.fetchOne(
                    db, sql: "SELECT entityID FROM mention WHERE nameKey = ? LIMIT 1", arguments: [NameKey.of(name)])
            {
                id = stored
            }
        }
        guard let found = id else {
            throw StoreError.notFound(
                what: "no one called \u{201C}\(name)\u{201D} in the corpus or the authority file",
                suggestions: try suggestions(for: name, db))
        }
        return try entityMatch(root: mapped(found), db)
    }

    /// The entity `root` (an id no merge leads on from) with the ids merged into it.
    func entityMatch(root: String, _ db: Database) throws -> EntityMatch {
        let mapped = try CurationState.entityMap(db)
        var ids = [root]
        for row in try Row.fetchAll(db, sql: "SELECT entityID FROM curatedMerge") {
            let other: String = row["entityID"]
            if mapped(other) == root, !ids.contains(other) { ids.append(other) }
        }
        return EntityMatch(id: root, name: try displayName(root, db), ids: ids)
    }

    /// A resolver for `name` with the store's claims about it and the user's curation (the
    /// resolver looks claims up by the name's key, so no others are loaded).
    func curatedResolver(for name: String, _ db: Database) throws -> IdentityResolver {
        var claims: [AliasClaim] = []
        var excluded: [String: Set<String>] = [:]
        let key = NameKey.of(name)
        for row in try Row.fetchAll(db, sql: "SELECT * FROM curatedAlias WHERE nameKey = ?", arguments: [key]) {
            if (row["action"] as String) == "remove" {
                excluded[row["nameKey"], default: []].insert(row["entityID"])
            } else {
                claims.append(
                    AliasClaim(
                        name: row["name"], entityID: row["entityID"], kind: .pseudonym, evidence: .curation(note: row["note"]),
                        confidence: 1))
            }
        }
        claims += try AliasClaimRecord.fetchAll(db, sql: "SELECT * FROM aliasClaim WHERE nameKey = ?", arguments: [key])
            .map { $0.claim(paths: [:]) }
        var resolver = IdentityResolver(knowledge: knowledge, claims: claims)
        resolver.excluded = excluded
        return resolver
    }

    /// The nearest known names to a name not found (by edit distance on name keys).
    func suggestions(for name: String, _ db: Database) throws -> [String] {
        let key = NameKey.of(name)
        var scored: [(Int, String)] = []
        var seen = Set<String>()
        func consider(_ candidate: String) {
            let candidateKey = NameKey.of(candidate)
            guard !candidateKey.isEmpty, seen.insert(candidateKey).inserted else { return }
            let distance = EditDistance.between(key, candidateKey, limit: max(2, key.count / 3))
            if distance <= max(2, key.count / 3) { scored.append((distance, candidate)) }
        }
        for (_, entries) in knowledge.names.allEntries { for entry in entries { consider(entry.name) } }
        for entity in knowledge.entities.values { consider(entity.canonical) }
        for canonical in try String.fetchAll(db, sql: "SELECT canonical FROM entity") { consider(canonical) }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(5).map(\.1)
    }

    /// The name to show for an entity id.
    func displayName(_ id: String, _ db: Database) throws -> String {
        if let entity = knowledge.entity(id) { return entity.canonical }
        if let canonical = try String.fetchOne(db, sql: "SELECT canonical FROM entity WHERE id = ?", arguments: [id]) {
            return canonical
        }
        return Self.unstoredName(id)
    }

    /// The name shown for an id that neither the authority file nor the store names.
    static func unstoredName(_ id: String) -> String {
        EntityNames.displayForm(String(id.split(separator: ":").last ?? Substring(id)))
    }

    /// `doc:…` for a document id or file path given by the user; event ids pass through.
    func eventID(for reference: String, _ db: Database) throws -> String? {
        if try Row.fetchOne(db, sql: "SELECT 1 FROM event WHERE id = ?", arguments: [reference]) != nil { return reference }
        if try Row.fetchOne(db, sql: "SELECT 1 FROM event WHERE id = ?", arguments: ["doc:" + reference]) != nil {
            return "doc:" + reference
        }
        if let document = try String.fetchOne(
            db, sql: "SELECT id FROM document WHERE path = ? OR path LIKE ? OR recordID = ? ORDER BY id LIMIT 1",
            arguments: [reference, "%/" + reference, reference])
        {
            return "doc:" + document
        }
        return nil
    }

    /// Id lists in pieces small enough for SQLite's parameter limit.
    static func chunks(_ ids: [String], size: Int = 500) -> [[String]] {
        stride(from: 0, to: ids.count, by: size).map { Array(ids[$0..<min(ids.count, $0 + size)]) }
    }

    /// `?, ?, ?`: one SQL parameter per value.
    static func marks(_ values: [String]) -> String {
        Array(repeating: "?", count: values.count).joined(separator: ", ")
    }
}

/// Levenshtein distance with an early exit.
enum EditDistance {
    static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            var best = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
