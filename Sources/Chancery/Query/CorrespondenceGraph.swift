import GRDB

/// A slice of the linked graph as plain values, for drawing and exporting: the messages and
/// meetings a timeline filter selects, the people in them, and the links among them. Entity
/// and event ids are the store's, so that views and exports name things stably.
public struct CorrespondenceGraph: Sendable, Codable, Equatable {
    public var people: [Person]
    public var messages: [Message]
    public var links: [Link]
    /// How many events the filter matched before `limit` cut the list.
    public var matched: Int

    public init(people: [Person] = [], messages: [Message] = [], links: [Link] = [], matched: Int = 0) {
        self.people = people
        self.messages = messages
        self.links = links
        self.matched = matched
    }

    /// A person or organisation who wrote, received or carried a message.
    public struct Person: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var kind: String
        public var wikidata: String?
        public var country: String?
        public var affiliation: String?
        public var role: String?

        public init(
            id: String, name: String, kind: String = "person", wikidata: String? = nil, country: String? = nil,
            affiliation: String? = nil, role: String? = nil
        ) {
            self.id = id
            self.name = name
            self.kind = kind
            self.wikidata = wikidata
            self.country = country
            self.affiliation = affiliation
            self.role = role
        }

        /// The value of a grouping field of the authority file (`country`, `affiliation`, `role`).
        public func group(_ field: String) -> String? {
            switch field {
            case "country": country
            case "affiliation", "party": affiliation
            case "role", "office": role
            default: nil
            }
        }
    }

    /// A party to a message, with the name the message used for them.
    public struct Party: Sendable, Codable, Equatable {
        public var entity: String
        /// `sender`, `recipient`, `intermediary` or `participant`.
        public var role: String
        public var nameUsed: String
        /// What kind of name `nameUsed` is for the entity (`pseudonym`, `variant`, …), when known.
        public var nameKind: String?

        public init(entity: String, role: String, nameUsed: String, nameKind: String? = nil) {
            self.entity = entity
            self.role = role
            self.nameUsed = nameUsed
            self.nameKind = nameKind
        }

        /// Whether the name used is a cover name (a pseudonym or code name) rather than a spelling.
        public var isCoverName: Bool { nameKind == "pseudonym" || nameKind == "codename" }
    }

    /// A message or meeting after merging.
    public struct Message: Sendable, Codable, Equatable {
        public var id: String
        /// EDTF: the user's date, else the document's, else the bounds replies put on it.
        public var date: String?
        /// First and last day it can be (day numbers), when known.
        public var earliest: Int?
        public var latest: Int?
        /// Whether the date is approximate, uncertain, inferred, partial or only bounded.
        public var isDateUncertain: Bool
        /// `message` or `meeting`.
        public var kind: String
        public var type: String?
        public var number: String?
        /// `document`, `catalogue` (a calendar row) or `mention` (a placeholder).
        public var basis: String
        public var parties: [Party]
        /// The place it was written or held (an entity id), when known.
        public var place: String?
        public var gist: String
        /// The file it comes from, the document id in the store, and the archive's record id.
        public var document: String
        public var documentID: String
        public var recordID: String?

        public var isPlaceholder: Bool { basis == "mention" }

        public func parties(_ role: String) -> [Party] { parties.filter { $0.role == role } }
    }

    /// A link between two messages of the graph.
    public typealias Link = MessageLink
}

extension CorpusQuery {
    /// The messages `filter` selects (all when empty), their people and the links among them.
    public func correspondence(_ filter: TimelineFilter = TimelineFilter()) throws(StoreError) -> CorrespondenceGraph {
        var unlimited = filter
        unlimited.limit = nil
        let rows = try timeline(unlimited)
        return try correspondence(rows: filter.limit.map { Array(rows.prefix($0)) } ?? rows, matched: rows.count)
    }

    /// The chain of replies and transmissions around a message (see ``thread(_:)``) as a graph.
    public func correspondence(thread reference: String) throws(StoreError) -> CorrespondenceGraph {
        let answer = try thread(reference)
        return try correspondence(rows: answer.events, matched: answer.events.count)
    }

    /// The graph of these event rows, in their order.
    func correspondence(rows kept: [EventRow], matched: Int) throws(StoreError) -> CorrespondenceGraph {
        try store.read { db in
            let ids = kept.map(\.id)
            let idSet = Set(ids)
            let mapped = try CurationState.entityMap(db)
            var merged: [String: String] = [:]
            var parties: [String: [CorrespondenceGraph.Party]] = [:]
            var extra: [String: (type: String?, place: String?, documentID: String, recordID: String?, path: String)] = [:]
            for chunk in Self.chunks(ids) {
                let marks = Self.marks(chunk)
                for row in try Row.fetchAll(
                    db, sql: "SELECT eventID, intoEvent FROM eventMerge WHERE intoEvent IN (\(marks))",
                    arguments: StatementArguments(chunk))
                {
                    merged[row["eventID"]] = row["intoEvent"]
                }
                for row in try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.id, e.type, e.origin, e.documentID, d.recordID, d.path FROM event e JOIN document d ON d.id = e.documentID
                        WHERE e.id IN (\(marks))
                        """,
                    arguments: StatementArguments(chunk))
                {
                    extra[row["id"]] = (row["type"], row["origin"], row["documentID"], row["recordID"], row["path"])
                }
            }
            // Participants of each event and of the events merged into it, each party once per role.
            let sources = ids + merged.keys.sorted()
            for chunk in Self.chunks(sources) {
                let marks = Self.marks(chunk)
                for row in try Row.fetchAll(
                    db,
                    sql:
                        "SELECT eventID, role, entityID, nameUsed, nameKind FROM participant WHERE eventID IN (\(marks)) ORDER BY id",
                    arguments: StatementArguments(chunk))
                {
                    let eventID: String = row["eventID"]
                    let target = merged[eventID] ?? eventID
                    let party = CorrespondenceGraph.Party(
                        entity: mapped(row["entityID"]), role: row["role"], nameUsed: row["nameUsed"], nameKind: row["nameKind"])
                    guard party.role != "signer", party.role != "mentioned" else { continue }
                    if !(parties[target] ?? []).contains(where: { $0.entity == party.entity && $0.role == party.role }) {
                        parties[target, default: []].append(party)
                    }
                }
            }
            var messages: [CorrespondenceGraph.Message] = []
            var peopleIDs: [String] = []
            var seenPeople = Set<String>()
            for row in kept {
                let details = extra[row.id]
                let date = row.date.flatMap { HistoricalDate(edtf: $0) }
                let doubtful: HistoricalDate.Qualifiers = [.approximate, .uncertain, .inferred]
                let uncertain =
                    date == nil || date?.end != nil || date?.start.precision != .day
                    || !(date?.qualifiers.intersection(doubtful).isEmpty ?? true) || row.date?.contains("/") == true
                let eventParties = parties[row.id] ?? []
                for party in eventParties where seenPeople.insert(party.entity).inserted { peopleIDs.append(party.entity) }
                messages.append(
                    CorrespondenceGraph.Message(
                        id: row.id, date: row.date, earliest: row.earliest, latest: date?.latest.dayNumber,
                        isDateUncertain: uncertain, kind: row.kind, type: details?.type ?? row.type, number: row.number,
                        basis: row.basis, parties: eventParties, place: details?.place, gist: row.gist,
                        document: details?.path ?? row.document, documentID: details?.documentID ?? "",
                        recordID: details?.recordID))
            }
            var links: [MessageLink] = []
            for chunk in Self.chunks(ids) {
                let marks = Self.marks(chunk)
                for row in try Row.fetchAll(
                    db, sql: "SELECT * FROM graphLink WHERE fromEvent IN (\(marks)) ORDER BY id",
                    arguments: StatementArguments(chunk))
                {
                    let link = MessageLink(row: row)
                    if idSet.contains(link.to) { links.append(link) }
                }
            }
            links.sort { ($0.from, $0.to, $0.kind) < ($1.from, $1.to, $1.kind) }
            // Those not in the authority file: kind and name from the store, in one query per chunk.
            var stored: [String: (kind: String, canonical: String)] = [:]
            for chunk in Self.chunks(peopleIDs.filter { knowledge.entity($0) == nil }) {
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, kind, canonical FROM entity WHERE id IN (\(Self.marks(chunk)))",
                    arguments: StatementArguments(chunk))
                {
                    stored[row["id"]] = (row["kind"], row["canonical"])
                }
            }
            let people = peopleIDs.map { id in
                let known = knowledge.entity(id)
                // As `displayName` would name them.
                let name = known?.canonical ?? stored[id]?.canonical ?? Self.unstoredName(id)
                return CorrespondenceGraph.Person(
                    id: id, name: name, kind: known?.kind.rawValue ?? stored[id]?.kind ?? "person",
                    wikidata: known?.wikidata, country: known?.country, affiliation: known?.affiliation, role: known?.role)
            }
            return CorrespondenceGraph(people: people, messages: messages, links: links, matched: matched)
        }
    }
}
