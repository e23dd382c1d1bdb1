import GRDB

/// Rebuilds the linked event graph of a store from its facts and the user's curation: which
/// events are the same message, the links between messages (stated, curated, inferred), and
/// the date bounds replies put on each other. Derived tables only; facts and curation are read.
struct GraphLinker {
    let store: CorpusStore

    /// What the rebuild found.
    struct Outcome: Sendable {
        var events: Int
        var merged: Int
        var links: Int
        var inferred: Int
        var conflicts: Int
    }

    func rebuild() throws(StoreError) -> Outcome {
        try store.write { db in
            let entityOf = try CurationState.entityMap(db)
            var summaries: [EventSummary] = []
            var positions: [String: Int] = [:]
            let events = try Row.fetchCursor(
                db, sql: "SELECT id, documentID, basis, dateEarliest, dateLatest, number, standsFor FROM event ORDER BY rowid")
            while let row = try events.next() {
                let basis = Event.Basis(rawValue: row["basis"]) ?? .mention
                let documentID: String = row["documentID"]
                positions[row["id"]] = summaries.count
                summaries.append(
                    EventSummary(
                        id: row["id"], basis: basis, documentID: documentID, mentionedIn: nil, earliest: row["dateEarliest"],
                        latest: row["dateLatest"], number: row["number"], standsFor: row["standsFor"]))
            }
            let participants = try Row.fetchCursor(db, sql: "SELECT eventID, entityID, role FROM participant ORDER BY id")
            while let row = try participants.next() {
                guard let position = positions[row["eventID"]], let role = Participant.Role(rawValue: row["role"]) else {
                    continue
                }
                summaries[position].add(entityOf(row["entityID"]), as: role)
            }
            // The user's dates replace the documents'.
            let dates = try Row.fetchCursor(db, sql: "SELECT documentID, edtf FROM curatedDate")
            while let row = try dates.next() {
                let documentID: String = row["documentID"]
                guard let position = positions["doc:" + documentID], let date = HistoricalDate(edtf: row["edtf"]) else {
                    continue
                }
                summaries[position].earliest = date.earliest.dayNumber
                summaries[position].latest = date.latest.dayNumber
            }
            // Every link the matcher is given, stated or curated, has its evidence here at its index.
            var stated: [StatedLink] = []
            var sources: [(id: Int64?, evidence: StoredEvidence)] = []
            let links = try Row.fetchCursor(db, sql: "SELECT * FROM link ORDER BY id")
            while let row = try links.next() {
                guard let kind = EventLink.Kind(rawValue: row["kind"]) else { continue }
                stated.append(
                    StatedLink(
                        from: row["fromEvent"], to: row["toEvent"], kind: kind, rule: row["rule"], confidence: row["confidence"],
                        index: sources.count))
                sources.append((row["id"], StoredEvidence(row: row, prefix: "evidence")))
            }
            var removed = Set<String>()
            let curated = try Row.fetchCursor(
                db, sql: "SELECT action, fromRef, toRef, kind, note, createdAt FROM curatedLink ORDER BY id")
            while let row = try curated.next() {
                let from = CurationState.eventID(row["fromRef"])
                let to = CurationState.eventID(row["toRef"])
                let kindName: String = row["kind"]
                guard let kind = EventLink.Kind(rawValue: kindName) else { continue }
                if (row["action"] as String) == "remove" {
                    removed.insert(StatedLink.key(from: from, kind: kind, to: to))
                } else {
                    stated.append(
                        StatedLink(from: from, to: to, kind: kind, rule: "curation", confidence: 1, index: sources.count))
                    sources.append(
                        (
                            nil,
                            StoredEvidence(
                                kind: "curation", reference: row["createdAt"], start: nil, end: nil, line: nil, text: row["note"])
                        ))
                }
            }
            let graph = EventMatcher.link(summaries, stated, removed: removed)

            try db.execute(sql: "DELETE FROM eventMerge")
            try db.execute(sql: "DELETE FROM graphLink")
            try db.execute(sql: "DELETE FROM eventBound")
            let insertMerge = try db.makeStatement(
                sql: "INSERT INTO eventMerge (eventID, intoEvent, rule) VALUES (?, ?, 'match')")
            for (event, into) in graph.merged { try insertMerge.execute(arguments: [event, into]) }
            let insertLink = try db.makeStatement(
                sql: """
                    INSERT INTO graphLink (fromEvent, toEvent, kind, rule, confidence, sourceLink, evidence_kind, evidence_reference,
                        evidence_start, evidence_end, evidence_line, evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var written = 0
            var inferred = 0
            for link in graph.links {
                var evidence = StoredEvidence(
                    kind: "curation", reference: "", start: nil, end: nil, line: nil, text: "inferred: \(link.rule)")
                var sourceID: Int64?
                if let source = link.source {
                    sourceID = sources[source].id
                    evidence = sources[source].evidence
                } else {
                    inferred += 1
                }
                try insertLink.execute(
                    arguments: [
                        link.from, link.to, link.kind.rawValue, link.rule, link.confidence, sourceID, evidence.kind,
                        evidence.reference,
                        evidence.start, evidence.end, evidence.line, evidence.text,
                    ])
                written += 1
            }
            let insertBound = try db.makeStatement(
                sql: "INSERT INTO eventBound (eventID, earliest, latest, conflict) VALUES (?, ?, ?, ?)")
            for (event, bound) in graph.bounds {
                try insertBound.execute(arguments: [event, bound.earliest, bound.latest, graph.conflicts[event]])
            }
            for (event, conflict) in graph.conflicts where graph.bounds[event] == nil {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO eventBound (eventID, conflict) VALUES (?, ?)", arguments: [event, conflict])
            }
            try EntityActivity.rebuild(db)
            try store.setMeta("graphStale", "0", in: db)
            return Outcome(
                events: summaries.count, merged: graph.merged.count, links: written, inferred: inferred,
                conflicts: graph.conflicts.count)
        }
    }
}
