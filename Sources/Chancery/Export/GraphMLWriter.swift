/// Writes the correspondence as GraphML (http://graphml.graphdrawing.org/xmlns): every person a
/// node with their authority facts; one directed edge per leg of every message (author to
/// addressee, and each hop through an intermediary, marked `relay`), carrying the message's
/// id, EDTF date, first and last ISO day, type, number, basis and document as data.
struct GraphMLWriter {
    /// The GraphML document.
    func write(_ graph: CorrespondenceGraph) -> [UInt8] {
        var xml = XMLWriter()
        xml.start(
            "graphml",
            [
                ("xmlns", "http://graphml.graphdrawing.org/xmlns"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
                ),
            ])
        for (key, type) in Self.nodeKeys {
            xml.empty("key", [("id", key), ("for", "node"), ("attr.name", key), ("attr.type", type)])
        }
        for (key, type) in Self.edgeKeys {
            xml.empty("key", [("id", key), ("for", "edge"), ("attr.name", key), ("attr.type", type)])
        }
        xml.start("graph", [("id", "correspondence"), ("edgedefault", "directed")])
        for person in graph.people.sorted(by: { $0.id < $1.id }) {
            xml.start("node", [("id", person.id)])
            let values = [person.name, person.kind, person.wikidata, person.country, person.affiliation, person.role]
            for ((key, _), value) in zip(Self.nodeKeys, values) {
                if let value, !value.isEmpty { xml.element("data", [("key", key)], text: value) }
            }
            xml.end()
        }
        for (number, leg) in MessageLeg.legs(of: graph).enumerated() {
            let message = graph.messages[leg.message]
            xml.start("edge", [("id", "e\(number + 1)"), ("source", leg.source), ("target", leg.target)])
            let values: [String?] = [
                message.id, message.date, message.earliest.map(ISODay.of), message.latest.map(ISODay.of),
                message.isDateUncertain ? "true" : "false", message.type, message.number, message.basisLabel, message.document,
                leg.isRelay ? "true" : "false",
            ]
            for ((key, _), value) in zip(Self.edgeKeys, values) {
                if let value, !value.isEmpty { xml.element("data", [("key", key)], text: value) }
            }
            xml.end()
        }
        return xml.finish()
    }

    /// Node data keys and their GraphML types, in the order written.
    static let nodeKeys = [
        ("label", "string"), ("kind", "string"), ("wikidata", "string"), ("country", "string"), ("affiliation", "string"),
        ("role", "string"),
    ]

    /// Edge data keys and their GraphML types, in the order written.
    static let edgeKeys = [
        ("message", "string"), ("date", "string"), ("earliest", "string"), ("latest", "string"),
        ("dateUncertain", "boolean"), ("type", "string"), ("number", "string"), ("basis", "string"),
        ("document", "string"), ("relay", "boolean"),
    ]
}
