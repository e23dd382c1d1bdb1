import GRDB

/// `who NAME`: the entity, all its names by kind with their evidence and periods of use, and
/// how often it appears in each role.
public struct WhoAnswer: Sendable, Codable {
    public var id: String
    public var name: String
    public var kind: String
    public var wikidata: String?
    public var born: String?
    public var died: String?
    public var role: String?
    public var names: [Name]
    /// Messages by role (`sender`, `recipient`, `intermediary`, `participant`) and mentions.
    public var counts: [String: Int]
    public var firstDate: String?
    public var lastDate: String?

    public struct Name: Sendable, Codable, Equatable {
        public var name: String
        public var kind: String
        /// Where the name comes from: an authority row, a document's statement, the user.
        public var evidence: String
        /// Dates of the first and last message that uses it, in this corpus.
        public var firstUsed: String?
        public var lastUsed: String?
        /// Period the authority file gives for a cover name.
        public var period: String?
        public var uses: Int
    }

    /// The names as a table.
    public var table: QueryTable {
        QueryTable(
            columns: ["name", "kind", "used", "period", "uses", "evidence"],
            rows: names.map { name in
                let used = [name.firstUsed, name.lastUsed].compactMap { $0 }
                return [
                    name.name, name.kind,
                    used.isEmpty ? "" : used.first! + (used.count > 1 && used[0] != used[1] ? " – " + used[1] : ""),
                    name.period ?? "", name.uses == 0 ? "" : String(name.uses), name.evidence,
                ]
            })
    }

    /// The whole answer for people.
    public var text: String {
        var lines = ["\(name)  [\(id)]\(wikidata.map { "  Wikidata \($0)" } ?? "")"]
        var facts: [String] = [kind]
        if born != nil || died != nil { facts.append("\(born ?? "?")–\(died ?? "?")") }
        if let role { facts.append(role) }
        lines.append(facts.joined(separator: "; "))
        let roles = ["sender", "recipient", "intermediary", "participant", "mentions"].compactMap { key in
            counts[key].map { "\(key) \($0)" }
        }
        lines.append(
            "In this corpus: " + (roles.isEmpty ? "not met" : roles.joined(separator: ", "))
                + (firstDate.map { ", \($0) to \(lastDate ?? $0)" } ?? ""))
        return lines.joined(separator: "\n") + "\n\n" + table.aligned
    }
}

extension CorpusQuery {
    public func who(_ name: String) throws(StoreError) -> WhoAnswer {
        try store.read { db in
            let match = try entity(name, db)
            let known = knowledge.entity(match.id)
            let ids = match.ids
            let placeholders = Self.marks(ids)
            var names: [WhoAnswer.Name] = []
            func add(_ name: WhoAnswer.Name) {
                if let index = names.firstIndex(where: { NameKey.of($0.name) == NameKey.of(name.name) && $0.kind == name.kind }) {
                    names[index].uses += name.uses
                } else {
                    names.append(name)
                }
            }
            if let known {
                add(
                    WhoAnswer.Name(
                        name: known.canonical, kind: "canonical", evidence: StoredEvidence(known.evidence).describe, uses: 0))
                for entry in known.names {
                    var period: String?
                    if entry.validFrom != nil || entry.validTo != nil {
                        period = "\(entry.validFrom?.iso ?? "?")/\(entry.validTo?.iso ?? "?")"
                    }
                    add(
                        WhoAnswer.Name(
                            name: entry.name, kind: entry.kind.rawValue, evidence: StoredEvidence(entry.evidence).describe,
                            period: period, uses: 0))
                }
            } else {
                add(WhoAnswer.Name(name: match.name, kind: "canonical", evidence: "first met in this corpus", uses: 0))
            }
            // Names the documents state or use, with where and when.
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT name, kind, evidence_kind, evidence_reference, evidence_line, evidence_text FROM aliasClaim WHERE entityID IN (\(placeholders)) GROUP BY nameKey",
                arguments: StatementArguments(ids))
            {
                add(
                    WhoAnswer.Name(
                        name: row["name"], kind: row["kind"], evidence: StoredEvidence(row: row, prefix: "evidence").describe,
                        uses: 0))
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT * FROM curatedAlias WHERE action = 'add' AND entityID IN (\(placeholders))",
                arguments: StatementArguments(ids))
            {
                add(WhoAnswer.Name(name: row["name"], kind: "curated", evidence: "curation: " + (row["note"] as String), uses: 0))
            }
            let used = try Row.fetchAll(
                db,
                sql: """
                    SELECT name, SUM(uses) AS uses, MIN(first) AS first, MAX(last) AS last FROM entityNameUse
                    WHERE entityID IN (\(placeholders)) GROUP BY nameKey ORDER BY uses DESC
                    """, arguments: StatementArguments(ids))
            for row in used {
                let nameUsed: String = row["name"]
                let uses: Int = row["uses"]
                let first = (row["first"] as Int?).map { DayNumber.date($0).iso }
                let last = (row["last"] as Int?).map { DayNumber.date($0).iso }
                if let index = names.firstIndex(where: { NameKey.of($0.name) == NameKey.of(nameUsed) }) {
                    names[index].uses += uses
                    names[index].firstUsed = first
                    names[index].lastUsed = last
                } else {
                    names.append(
                        WhoAnswer.Name(
                            name: nameUsed, kind: "used", evidence: "the documents' own form", firstUsed: first, lastUsed: last,
                            uses: uses))
                }
            }
            var counts: [String: Int] = [:]
            var firstDay: Int?
            var lastDay: Int?
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT role, SUM(count) AS n, MIN(first) AS first, MAX(last) AS last FROM entityRole
                    WHERE entityID IN (\(placeholders)) GROUP BY role
                    """, arguments: StatementArguments(ids))
            {
                let role: String = row["role"]
                counts[role == "mention" ? "mentions" : role] = row["n"]
                if let first: Int = row["first"] { firstDay = min(firstDay ?? first, first) }
                if let last: Int = row["last"] { lastDay = max(lastDay ?? last, last) }
            }
            let storedKind = try String.fetchOne(db, sql: "SELECT kind FROM entity WHERE id = ?", arguments: [match.id])
            return WhoAnswer(
                id: match.id, name: match.name, kind: known?.kind.rawValue ?? storedKind ?? "person",
                wikidata: known?.wikidata, born: known?.born, died: known?.died, role: known?.role, names: names, counts: counts,
                firstDate: firstDay.map { DayNumber.date($0).iso }, lastDate: lastDay.map { DayNumber.date($0).iso })
        }
    }
}

extension StoredEvidence {
    /// `Data/authorities/names.tsv:14 (Wilson Center DA title …)`, `record:113636 line 45: “Filippov is Stalin.”`.
    var describe: String {
        switch kind {
        case "document": "\(reference)\(line.map { " line \($0)" } ?? ""): \u{201C}\(text)\u{201D}"
        case "data": "\(reference):\(line ?? 0)\(text.isEmpty ? "" : " (\(text))")"
        default: "curation: \(text)"
        }
    }
}

/// Day numbers (days since 1 January 1, proleptic Gregorian) back to dates.
enum DayNumber {
    static func date(_ number: Int) -> CalendarDate {
        // The inverse of `CalendarDate.dayNumber` (civil-from-days, Howard Hinnant's algorithm).
        let z = number
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }
}
