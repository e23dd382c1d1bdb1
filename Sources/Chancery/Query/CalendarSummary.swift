/// A few lines on the calendars of a corpus: how many messages, over which years, between
/// whom, and which of them are documents read in full.
struct CalendarSummary {
    let rows: [DocumentAnalysis]
    let graph: EventGraph
    /// Paths of the documents read in full, by document id.
    let paths: [String: String]

    var text: String {
        guard !rows.isEmpty else { return "" }
        var byFile: [String: [DocumentAnalysis]] = [:]
        for row in rows { byFile[row.document.path, default: []].append(row) }
        var lines: [String] = []
        for path in byFile.keys.sorted() {
            let entries = byFile[path] ?? []
            let events = entries.flatMap(\.events)
            let dates = events.compactMap(\.date).sorted()
            var people = Set<String>()
            for event in events { for participant in event.participants { people.insert(participant.entityID) } }
            let replies = entries.flatMap(\.links).filter { $0.kind == .repliesTo }.count
            lines.append(path)
            var span = ""
            if let first = dates.first, let last = dates.last { span = ", \(first.edtf) to \(last.edtf)" }
            lines.append("  Calendar    \(entries.count) messages\(span), \(people.count) correspondents, \(replies) reply links")
            var fragments: [String: String] = [:]
            for entry in entries where fragments["doc:" + entry.document.id] == nil {
                fragments["doc:" + entry.document.id] = entry.document.fragment ?? "?"
            }
            for event in events {
                guard let target = graph.merged[event.id] else { continue }
                let label = event.date.map(\.edtf) ?? "undated"
                let row = fragments[event.id] ?? "?"
                let file =
                    paths[String(target.dropFirst(4))].map(\.fileName) ?? target
                lines.append("  Read in full  entry \(row) (\(label)) is \(file)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
