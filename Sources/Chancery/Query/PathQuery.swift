import GRDB

/// `path A B`: the shortest chain of correspondents linking two people, with the messages that
/// link each pair.
public struct PathAnswer: Sendable, Codable {
    public var people: [String]
    public var hops: [Hop]

    public struct Hop: Sendable, Codable, Equatable {
        public var from: String
        public var to: String
        /// Messages between the two, either way.
        public var messages: Int
        /// The first of them.
        public var example: EventRow?
    }

    public var table: QueryTable {
        QueryTable(
            columns: ["from", "to", "messages", "first message", "document"],
            rows: hops.map { hop in
                [
                    hop.from, hop.to, String(hop.messages),
                    hop.example.map {
                        "\($0.date ?? "undated") \($0.type ?? "") \($0.senders.joined(separator: ", ")) → \($0.recipients.joined(separator: ", "))"
                    } ?? "",
                    hop.example?.document ?? "",
                ]
            })
    }
}

extension CorpusQuery {
    public func path(from a: String, to b: String) throws(StoreError) -> PathAnswer {
        try store.read { db in
            let start = try entity(a, db)
            let goal = try entity(b, db)
            let mapped = try CurationState.entityMap(db)
            // Who wrote to whom (either way), once per pair.
            var neighbours: [String: Set<String>] = [:]
            let pairs = try Row.fetchCursor(
                db,
                sql: """
                    SELECT DISTINCT s.entityID AS a, r.entityID AS b FROM participant s JOIN participant r ON r.eventID = s.eventID
                    WHERE s.role IN ('sender', 'participant') AND r.role IN ('recipient', 'intermediary', 'participant') AND s.entityID <> r.entityID
                    """)
            while let row = try pairs.next() {
                let x = mapped(row["a"])
                let y = mapped(row["b"])
                guard x != y else { continue }
                neighbours[x, default: []].insert(y)
                neighbours[y, default: []].insert(x)
            }
            // Breadth first, in a stable order.
            var previous: [String: String] = [:]
            var frontier = [start.id]
            var visited: Set<String> = [start.id]
            while !frontier.isEmpty, previous[goal.id] == nil, !visited.contains(goal.id) || start.id == goal.id {
                var next: [String] = []
                for person in frontier {
                    for other in (neighbours[person] ?? []).sorted() where visited.insert(other).inserted {
                        previous[other] = person
                        next.append(other)
                    }
                }
                frontier = next
                if start.id == goal.id { break }
            }
            guard start.id == goal.id || previous[goal.id] != nil else {
                throw StoreError.notFound(what: "no chain of correspondents from \(start.name) to \(goal.name)", suggestions: [])
            }
            var chain = [goal.id]
            while let last = chain.last, let before = previous[last] { chain.append(before) }
            chain.reverse()
            // Each hop counted as `timeline --between` counts it: every id merged into either
            // person, and events merged into others counted as those others.
            let matches = try chain.map { try entityMatch(root: $0, db) }
            var hops: [PathAnswer.Hop] = []
            for (x, y) in zip(matches, matches.dropFirst()) {
                let between = try timeline(TimelineFilter(), db, between: (x, y))
                hops.append(PathAnswer.Hop(from: x.name, to: y.name, messages: between.count, example: between.first))
            }
            return PathAnswer(people: matches.map(\.name), hops: hops)
        }
    }
}
