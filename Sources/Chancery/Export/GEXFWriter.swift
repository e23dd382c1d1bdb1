/// Writes the correspondence as GEXF 1.3 (http://gexf.net/1.3) for Gephi, in dynamic mode with
/// dates: every person a node with their authority facts and a spell from their first to their
/// last dated message or meeting; one directed edge per ordered pair of author and addressee,
/// weighted by the messages, with one spell per message (the first to the last day it can be
/// from, merged where they overlap) so that Gephi's timeline shows when the pair wrote, and the
/// attribute `types` listing the kinds of message (Cable, Letter, …). Relay legs through
/// intermediaries are edges too, of the GEXF kind `relay` (author legs are of kind `message`)
/// and with the attribute `relay` true. The only date not from the graph is `generated`, the
/// file's `lastmodifieddate`.
struct GEXFWriter {
    let title: String
    let generated: String

    /// The GEXF document.
    func write(_ graph: CorrespondenceGraph) -> [UInt8] {
        var xml = XMLWriter()
        xml.start(
            "gexf",
            [
                ("xmlns", "http://gexf.net/1.3"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"), ("version", "1.3"),
            ])
        xml.start("meta", [("lastmodifieddate", generated)])
        xml.element("creator", text: "Chancery")
        xml.element("description", text: title)
        xml.end()
        xml.start("graph", [("mode", "dynamic"), ("defaultedgetype", "directed"), ("timeformat", "date")])
        xml.start("attributes", [("class", "node"), ("mode", "static")])
        for field in Self.nodeFields { xml.empty("attribute", [("id", field), ("title", field), ("type", "string")]) }
        xml.end()
        xml.start("attributes", [("class", "edge"), ("mode", "static")])
        xml.empty("attribute", [("id", "relay"), ("title", "relay"), ("type", "boolean")])
        xml.empty("attribute", [("id", "types"), ("title", "types"), ("type", "string")])
        xml.end()

        let legs = MessageLeg.legs(of: graph)
        xml.start("nodes")
        let active = activity(graph)
        for person in graph.people.sorted(by: { $0.id < $1.id }) {
            xml.start("node", [("id", person.id), ("label", person.name)])
            let values = [person.kind, person.wikidata, person.country, person.affiliation, person.role]
            xml.start("attvalues")
            for (field, value) in zip(Self.nodeFields, values) {
                if let value, !value.isEmpty { xml.empty("attvalue", [("for", field), ("value", value)]) }
            }
            xml.end()
            if let span = active[person.id] {
                xml.start("spells")
                xml.empty("spell", [("start", ISODay.of(span.lowerBound)), ("end", ISODay.of(span.upperBound))])
                xml.end()
            }
            xml.end()
        }
        xml.end()

        xml.start("edges")
        for (number, edge) in edges(legs, graph).enumerated() {
            xml.start(
                "edge",
                [
                    ("id", "e\(number + 1)"), ("source", edge.source), ("target", edge.target),
                    ("kind", edge.isRelay ? "relay" : "message"), ("weight", String(edge.messages)),
                ])
            xml.start("attvalues")
            xml.empty("attvalue", [("for", "relay"), ("value", edge.isRelay ? "true" : "false")])
            if !edge.types.isEmpty { xml.empty("attvalue", [("for", "types"), ("value", edge.types.joined(separator: "; "))]) }
            xml.end()
            if !edge.spells.isEmpty {
                xml.start("spells")
                for spell in edge.spells {
                    xml.empty("spell", [("start", ISODay.of(spell.lowerBound)), ("end", ISODay.of(spell.upperBound))])
                }
                xml.end()
            }
            xml.end()
        }
        return xml.finish()
    }

    static let nodeFields = ["kind", "wikidata", "country", "affiliation", "role"]

    /// One GEXF edge: an ordered pair of one kind, with its messages.
    struct Edge {
        var source: String
        var target: String
        var isRelay: Bool
        var messages = 0
        var types: [String] = []
        var spells: [ClosedRange<Int>] = []
    }

    /// The legs grouped by ordered pair and kind, sorted, each with its merged spells.
    func edges(_ legs: [MessageLeg], _ graph: CorrespondenceGraph) -> [Edge] {
        var edges: [String: Edge] = [:]
        var days: [String: [ClosedRange<Int>]] = [:]
        for leg in legs {
            let key = leg.source + "\u{0}" + leg.target + "\u{0}" + (leg.isRelay ? "r" : "m")
            var edge = edges[key] ?? Edge(source: leg.source, target: leg.target, isRelay: leg.isRelay)
            let message = graph.messages[leg.message]
            edge.messages += 1
            if let type = message.type, !edge.types.contains(type) { edge.types.append(type) }
            if let span = message.daySpan { days[key, default: []].append(span) }
            edges[key] = edge
        }
        return edges.keys.sorted().compactMap { key in
            guard var edge = edges[key] else { return nil }
            edge.types.sort()
            edge.spells = Self.merged(days[key] ?? [])
            return edge
        }
    }

    /// Day ranges sorted, overlapping ones joined (Gephi does not accept overlapping spells).
    static func merged(_ spans: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for span in spans.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = result.last, span.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// Each person's first to last day over the dated messages and meetings they are party to.
    func activity(_ graph: CorrespondenceGraph) -> [String: ClosedRange<Int>] {
        var spans: [String: ClosedRange<Int>] = [:]
        for message in graph.messages {
            guard let span = message.daySpan else { continue }
            for party in message.parties {
                guard let known = spans[party.entity] else {
                    spans[party.entity] = span
                    continue
                }
                spans[party.entity] = min(known.lowerBound, span.lowerBound)...max(known.upperBound, span.upperBound)
            }
        }
        return spans
    }
}
