/// Writes the correspondence as the two tables Palladio reads (RFC 4180 CSV, UTF-8, CRLF):
/// `nodes.csv`, one row per person, and `edges.csv`, one row per leg of every message (author
/// to addressee, and each relay hop through an intermediary). `Source` and `Target` are entity
/// ids, the keys of `nodes.csv`'s `Id`; `Source name` and `Target name` are there for Palladio's
/// graph labels. `Date` is the first day the message can be from (`YYYY-MM-DD`, as Palladio
/// wants it), `Date (EDTF)` the date as known; `Coordinates` is `lat,lon` when the gazetteer
/// knows the place the message was written.
struct PalladioCSV {
    let knowledge: Knowledge

    static let nodeColumns = ["Id", "Label", "Kind", "Wikidata", "Country", "Affiliation", "Role"]
    static let edgeColumns = [
        "Source", "Target", "Source name", "Target name", "Date", "Date (EDTF)", "Type", "Number", "Via", "Names used", "Basis",
        "Document", "Message", "Replies to", "Relay", "Place", "Coordinates",
    ]

    /// `nodes.csv`.
    func nodes(_ graph: CorrespondenceGraph) -> [UInt8] {
        let rows = graph.people.sorted(by: { $0.id < $1.id }).map { person in
            [person.id, person.name, person.kind]
                + [person.wikidata, person.country, person.affiliation, person.role].map { $0 ?? "" }
        }
        return Self.table(Self.nodeColumns, rows)
    }

    /// `edges.csv`.
    func edges(_ graph: CorrespondenceGraph) -> [UInt8] {
        let names = PartyNames(graph)
        func name(_ id: String) -> String { names.name(id) }
        var answers: [String: [String]] = [:]
        for link in graph.links where link.kind == "replies-to" { answers[link.from, default: []].append(link.to) }
        let rows = MessageLeg.legs(of: graph).map { leg -> [String] in
            let message = graph.messages[leg.message]
            let via = message.parties("intermediary").map { name($0.entity) }
            let used = message.parties.filter(names.isRenamed).map { name($0.entity) + " as " + $0.nameUsed }
            let place = message.place.flatMap { knowledge.entity($0) }
            let coordinates = place?.coordinate.map { "\($0.latitude),\($0.longitude)" }
            return [
                leg.source, leg.target, name(leg.source), name(leg.target), message.earliest.map(ISODay.of) ?? "",
                message.date ?? "", message.type ?? "", message.number ?? "", Self.joined(via), Self.joined(used),
                message.basisLabel, message.document, message.id, (answers[message.id] ?? []).sorted().joined(separator: "; "),
                leg.isRelay ? "yes" : "no", place?.canonical ?? "", coordinates ?? "",
            ]
        }
        return Self.table(Self.edgeColumns, rows)
    }

    static func table(_ columns: [String], _ rows: [[String]]) -> [UInt8] {
        Array(CSVText.table(columns, rows).utf8)
    }

    /// Names once each, in order, joined with `; `.
    private static func joined(_ names: [String]) -> String {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
}
