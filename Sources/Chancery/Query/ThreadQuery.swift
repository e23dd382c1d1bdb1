import GRDB

/// `thread ID`: the whole chain of replies and transmissions an event belongs to, each link
/// with its evidence, placeholders shown as such.
public struct ThreadAnswer: Sendable, Codable {
    public var start: String
    public var events: [EventRow]
    public var links: [Link]

    public typealias Link = MessageLink

    /// The chain as an indented tree: each message under the one it answers or carries.
    public var text: String {
        let byID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [String: [(String, Link)]] = [:]
        var hasParent = Set<String>()
        for link in links {
            children[link.to, default: []].append((link.from, link))
            hasParent.insert(link.from)
        }
        var lines: [String] = []
        var printed = Set<String>()
        func describe(_ event: EventRow) -> String {
            var text = "\(event.date ?? "undated")  \(event.type ?? "Message")  "
            text += "\(event.senders.joined(separator: ", ")) → \(event.recipients.joined(separator: ", "))"
            if !event.via.isEmpty { text += " (via \(event.via.joined(separator: ", ")))" }
            if !event.namesUsed.isEmpty { text += "  [\(event.namesUsed.joined(separator: "; "))]" }
            text += event.isPlaceholder ? "  placeholder: known only from \(event.document)" : "  \(event.document)"
            if let conflict = event.conflict { text += "  ! \(conflict)" }
            return text
        }
        func walk(_ id: String, depth: Int, via link: Link?) {
            guard let event = byID[id] else { return }
            let indent = String(repeating: "    ", count: depth)
            if let link {
                let confidence = link.confidence < 1 ? String(format: " %.0f%%", link.confidence * 100) : ""
                lines.append(indent + "└─ \(link.kind)\(confidence): \(link.evidence)")
            }
            lines.append(indent + (link == nil ? "" : "   ") + describe(event))
            guard printed.insert(id).inserted else { return }
            for (child, childLink) in (children[id] ?? []).sorted(by: {
                (byID[$0.0]?.earliest ?? 0) < (byID[$1.0]?.earliest ?? 0)
            }) {
                walk(child, depth: depth + 1, via: childLink)
            }
        }
        for event in events where !hasParent.contains(event.id) { walk(event.id, depth: 0, via: nil) }
        for event in events where !printed.contains(event.id) { walk(event.id, depth: 0, via: nil) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CorpusQuery {
    /// The chain that the event, document or file `reference` belongs to.
    public func thread(_ reference: String) throws(StoreError) -> ThreadAnswer {
        try store.read { db in
            guard var start = try eventID(for: reference, db) else {
                throw StoreError.notFound(
                    what: "no message or document \u{201C}\(reference)\u{201D} in the store", suggestions: [])
            }
            if let into = try String.fetchOne(db, sql: "SELECT intoEvent FROM eventMerge WHERE eventID = ?", arguments: [start]) {
                start = into
            }
            var seen: Set<String> = [start]
            var queue = [start]
            var links: [MessageLink] = []
            var linkKeys = Set<Int64>()
            while let current = queue.popLast() {
                let rows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT * FROM graphLink WHERE (fromEvent = ? OR toEvent = ?) AND kind IN ('replies-to', 'possible-reply', 'transmits', 'encloses')",
                    arguments: [current, current])
                for row in rows {
                    guard linkKeys.insert(row["id"]).inserted else { continue }
                    let link = MessageLink(row: row)
                    links.append(link)
                    for next in [link.from, link.to] where seen.insert(next).inserted { queue.append(next) }
                }
            }
            let ids = Array(seen)
            let events = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.*, b.earliest AS boundEarliest, b.latest AS boundLatest, b.conflict AS conflict, d.path AS path
                    FROM event e JOIN document d ON d.id = e.documentID LEFT JOIN eventBound b ON b.eventID = e.id
                    WHERE e.id IN (\(Self.marks(ids)))
                    ORDER BY COALESCE(b.earliest, e.dateEarliest), e.id
                    """, arguments: StatementArguments(ids))
            return ThreadAnswer(start: start, events: try eventRows(events, db), links: links)
        }
    }
}
