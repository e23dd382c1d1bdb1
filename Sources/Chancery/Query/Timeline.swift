import GRDB

/// A message or meeting as the queries show it: after merging, with its parties' names.
public struct EventRow: Sendable, Codable, Equatable {
    public var id: String
    /// EDTF, after the user's date and the bounds replies put on it.
    public var date: String?
    public var earliest: Int?
    public var kind: String
    public var basis: String
    public var type: String?
    public var number: String?
    public var senders: [String]
    public var recipients: [String]
    public var via: [String]
    /// Names the message used for its parties when not their canonical ones (`Stalin as Filippov`).
    public var namesUsed: [String]
    public var gist: String
    public var document: String
    public var evidence: String
    /// A contradiction in the dates (a reply dated before what it answers).
    public var conflict: String?

    public var isPlaceholder: Bool { basis == "mention" }

    static let columns = ["date", "type", "from", "to", "via", "names used", "basis", "document"]

    var cells: [String] {
        [
            date ?? "undated", type ?? "", senders.joined(separator: "; "), recipients.joined(separator: "; "),
            via.joined(separator: "; "),
            namesUsed.joined(separator: "; "), basis == "mention" ? "placeholder" : basis, document,
        ]
    }
}

/// Filters of `timeline` (and of the views that share them).
public struct TimelineFilter: Sendable {
    public var person: String?
    public var between: (String, String)?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var place: String?
    public var type: String?
    public var limit: Int?

    public init(
        person: String? = nil, between: (String, String)? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        place: String? = nil, type: String? = nil, limit: Int? = nil
    ) {
        self.person = person
        self.between = between
        self.from = from
        self.to = to
        self.place = place
        self.type = type
        self.limit = limit
    }
}

extension CorpusQuery {
    /// Messages and meetings in date order, filtered.
    public func timeline(_ filter: TimelineFilter = TimelineFilter()) throws(StoreError) -> [EventRow] {
        try store.read { db in try timeline(filter, db) }
    }

    /// Messages and meetings in date order, filtered (within a read). `pair`, when given, stands
    /// for `filter.between` with both people already found.
    func timeline(
        _ filter: TimelineFilter, _ db: Database, between pair: (EntityMatch, EntityMatch)? = nil
    ) throws
        -> [EventRow]
    {
        var conditions = ["NOT EXISTS (SELECT 1 FROM eventMerge m WHERE m.eventID = e.id)"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        // Events are found from the people's side (the participant index by entity), and an
        // event merged into another counts as that other.
        func events(_ select: String) -> String {
            "e.id IN (SELECT COALESCE(m.intoEvent, x.eventID) FROM (\(select)) x LEFT JOIN eventMerge m ON m.eventID = x.eventID)"
        }
        // The events in which any of `match` has one of `roles`.
        func party(_ match: EntityMatch, roles: [String]) -> String {
            arguments += match.ids
            let roleList = roles.map { "'\($0)'" }.joined(separator: ", ")
            return "SELECT eventID FROM participant WHERE entityID IN (\(Self.marks(match.ids))) AND role IN (\(roleList))"
        }
        let allRoles = ["sender", "recipient", "intermediary", "participant"]
        if let person = filter.person {
            conditions.append(events(party(try entity(person, db), roles: allRoles)))
        }
        var people = pair
        if people == nil, let (a, b) = filter.between {
            let first = try entity(a, db)
            people = (first, try entity(b, db))
        }
        if let (first, second) = people {
            func direction(_ from: EntityMatch, _ to: EntityMatch) -> String {
                let sending = party(from, roles: ["sender", "participant"])
                let receiving = party(to, roles: ["recipient", "intermediary", "participant"])
                return "SELECT eventID FROM (\(sending) INTERSECT \(receiving))"
            }
            let forth = direction(first, second)
            let back = direction(second, first)
            conditions.append(events(forth + " UNION " + back))
        }
        if let from = filter.from {
            conditions.append("COALESCE(b.latest, e.dateLatest) >= ?")
            arguments.append(from.earliestDay.dayNumber)
        }
        if let to = filter.to {
            conditions.append("COALESCE(b.earliest, e.dateEarliest) <= ?")
            arguments.append(to.latestDay.dayNumber)
        }
        if let type = filter.type {
            conditions.append("LOWER(e.type) = LOWER(?)")
            arguments.append(DocumentExtractor.normalisedType(type))
        }
        if let place = filter.place {
            let match = try entity(place, db)
            let ids = match.ids.map { _ in "?" }.joined(separator: ", ")
            conditions.append(
                "(e.origin IN (\(ids)) OR EXISTS (SELECT 1 FROM mention n WHERE n.documentID = e.documentID AND e.basis = 'document' AND n.entityID IN (\(ids))))"
            )
            arguments += match.ids + match.ids
        }
        let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
        let sql = """
            SELECT e.*, b.earliest AS boundEarliest, b.latest AS boundLatest, b.conflict AS conflict, d.path AS path
            FROM event e JOIN document d ON d.id = e.documentID LEFT JOIN eventBound b ON b.eventID = e.id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY COALESCE(b.earliest, e.dateEarliest) IS NULL, COALESCE(b.earliest, e.dateEarliest), e.id\(limit)
            """
        return try eventRows(try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)), db)
    }

    /// Event rows for fetched event rows (with `path`, and optionally bounds), parties filled in.
    func eventRows(_ rows: [Row], _ db: Database) throws -> [EventRow] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0["id"] as String }
        var parties: [String: [(role: String, entity: String, used: String)]] = [:]
        // Participants of the events and of every event merged into them.
        var sources: [String: String] = [:]
        for id in ids { sources[id] = id }
        for chunk in Self.chunks(ids) {
            let merged = try Row.fetchAll(
                db, sql: "SELECT eventID, intoEvent FROM eventMerge WHERE intoEvent IN (\(Self.marks(chunk)))",
                arguments: StatementArguments(chunk))
            for row in merged { sources[row["eventID"]] = row["intoEvent"] }
        }
        for chunk in Self.chunks(Array(sources.keys)) {
            let participants = try Row.fetchAll(
                db,
                sql:
                    "SELECT eventID, role, entityID, nameUsed FROM participant WHERE eventID IN (\(Self.marks(chunk))) ORDER BY id",
                arguments: StatementArguments(chunk))
            for participant in participants {
                guard let target = sources[participant["eventID"]] else { continue }
                parties[target, default: []].append((participant["role"], participant["entityID"], participant["nameUsed"]))
            }
        }
        let mapped = try CurationState.entityMap(db)
        let curatedDates = Dictionary(
            try Row.fetchAll(db, sql: "SELECT documentID, edtf FROM curatedDate").map {
                ("doc:" + ($0["documentID"] as String), $0["edtf"] as String)
            },
            uniquingKeysWith: { first, _ in first })
        var nameCache: [String: String] = [:]
        func name(_ id: String) throws -> String {
            let root = mapped(id)
            if let cached = nameCache[root] { return cached }
            let display = try displayName(root, db)
            nameCache[root] = display
            return display
        }
        return try rows.map { row in
            let id: String = row["id"]
            var senders: [String] = []
            var recipients: [String] = []
            var via: [String] = []
            var used: [String] = []
            for party in parties[id] ?? [] {
                let display = try name(party.entity)
                switch party.role {
                case "sender", "participant": if !senders.contains(display) { senders.append(display) }
                case "recipient": if !recipients.contains(display) { recipients.append(display) }
                case "intermediary": if !via.contains(display) { via.append(display) }
                default: break
                }
                if NameKey.of(party.used) != NameKey.of(display) {
                    let note = "\(display) as \(party.used)"
                    if !used.contains(note) { used.append(note) }
                }
            }
            var date: String? = curatedDates[id] ?? row["date"]
            let boundEarliest: Int? = row["boundEarliest"]
            let boundLatest: Int? = row["boundLatest"]
            if curatedDates[id] == nil, boundEarliest != nil || boundLatest != nil,
                date == nil || (row["dateEarliest"] as Int?) != boundEarliest
                    || (row["dateLatest"] as Int?) != boundLatest
            {
                // Bounds from replies: `1952-03-01/1952-03-12` for an undated or partly dated message.
                let start = boundEarliest.map { DayNumber.date($0).iso } ?? ".."
                let end = boundLatest.map { DayNumber.date($0).iso } ?? ".."
                date = start == end ? start : "\(start)/\(end)"
            }
            let evidence = StoredEvidence(row: row, prefix: "evidence")
            return EventRow(
                id: id, date: date, earliest: boundEarliest ?? row["dateEarliest"], kind: row["kind"], basis: row["basis"],
                type: row["type"],
                number: row["number"], senders: senders, recipients: recipients, via: via, namesUsed: used, gist: row["gist"],
                document: (row["path"] as String?).map(\.fileName) ?? "",
                evidence: evidence.describe, conflict: row["conflict"])
        }
    }

    /// Rows as a table.
    public func table(_ rows: [EventRow]) -> QueryTable {
        QueryTable(columns: EventRow.columns, rows: rows.map(\.cells))
    }
}
