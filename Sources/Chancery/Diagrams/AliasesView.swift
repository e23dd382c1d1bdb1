/// People and the cover names they go by: each person once, and joined to them each pseudonym,
/// code name or name a user's correction gives, with its period and how often the corpus uses
/// it; each line names its evidence (the authority file's row, a document's statement, or the
/// correction).
public struct AliasesView: Sendable {
    public var theme: DiagramTheme
    /// At most this many names per person (pseudonyms and names used first).
    public var namesPerPerson = 10

    public init(theme: DiagramTheme = .paper) {
        self.theme = theme
    }

    public func diagram(_ graph: CorrespondenceGraph, names: [String: WhoAnswer], title: String) throws(DrawError) -> Diagram {
        var diagram = Diagram(
            name: title, attributes: theme.graphAttributes, nodeDefaults: theme.nodeAttributes, edgeDefaults: theme.edgeAttributes
        )
        // One column of people, their names to the right, each line labelled with its evidence:
        // (Graphviz drops edge labels when it packs trees side by side, and a single column
        // prints larger than packed ovals.)
        diagram.attributes["rankdir"] = .string("LR")
        diagram.attributes["ranksep"] = .number(0.15)
        diagram.attributes["nodesep"] = .number(0.1)
        diagram.nodeDefaults["margin"] = .string("0.06,0.02")
        diagram.nodeDefaults["height"] = .number(0.3)
        var people = 0
        var drawn = 0
        for person in graph.people {
            guard let answer = names[person.id] else { continue }
            let shown = Self.interesting(answer).prefix(namesPerPerson)
            guard !shown.isEmpty else { continue }
            people += 1
            let node = "entity:" + person.id
            var heading = answer.name
            if let wikidata = answer.wikidata { heading += "\n" + wikidata }
            diagram.nodes.append(
                .init(id: node, attributes: ["label": .text(heading), "style": .string("rounded,filled,bold")]))
            for (index, name) in shown.enumerated() {
                let id = node + "#name\(index)"
                var label = name.name + "\n" + name.kind
                if let period = name.period { label += ", " + Self.period(period) }
                if name.uses > 0 { label += ", \(name.uses) use\(name.uses == 1 ? "" : "s")" }
                diagram.nodes.append(
                    .init(
                        id: id,
                        attributes: [
                            "label": .text(label), "style": .string("rounded"), "fontsize": .number(theme.smallFontSize),
                        ]))
                diagram.edges.append(
                    .init(
                        from: node, to: id,
                        attributes: [
                            "dir": .string("none"), "label": .text(Self.shortEvidence(name.evidence)),
                            "fontsize": .number(theme.smallFontSize - 1), "tooltip": .text(name.evidence),
                        ]))
                drawn += 1
            }
        }
        guard people > 0 else {
            throw .nothingToDraw(view: "aliases", reason: "no one in the selected messages goes by a pseudonym or another name")
        }
        let caption = [
            title,
            "\(people) \(people == 1 ? "person" : "people"), \(drawn) cover names: pseudonyms, code names and names from corrections.",
            "Evidence: the authority file's row (Data/authorities), a document's line, or a user's correction. Drawn by Chancery.",
        ]
        let legend: [(symbol: String, meaning: String)] = [
            ("\u{25AD}", "a person, with the Wikidata item"),
            (
                "\u{25AD}\u{2014}",
                "a name they go by: its kind, period of use and uses in the corpus; the line names the evidence"
            ),
        ]
        DiagramFooter(legend: legend, caption: caption).apply(to: &diagram, theme: theme)
        return diagram
    }

    /// Cover names: pseudonyms, code names and names a user's correction gives, most used first.
    static func interesting(_ answer: WhoAnswer) -> [WhoAnswer.Name] {
        let wanted: Set<String> = ["pseudonym", "codename", "curated"]
        return answer.names.filter { wanted.contains($0.kind) }.sorted { ($0.uses, $1.name) > ($1.uses, $0.name) }
    }

    /// An EDTF period as written, but one day once (`1949-02-06`, not `1949-02-06/1949-02-06`).
    static func period(_ edtf: String) -> String {
        let ends = edtf.split(separator: "/", omittingEmptySubsequences: false)
        return ends.count == 2 && ends[0] == ends[1] ? String(ends[0]) : edtf
    }

    /// `Data/authorities/names.tsv:16`, `record:113636 line 45: “Filippov is Stalin.”` (cut).
    static func shortEvidence(_ evidence: String) -> String {
        let head = evidence.hasPrefix("Data/") ? String(evidence.prefix { $0 != " " }) : evidence
        return ThreadView.oneLine(head, limit: 48)
    }
}
