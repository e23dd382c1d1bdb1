import Foundation

/// Who wrote to whom: each person once, one line per pair of correspondents, as thick as the
/// messages along it, with the number each received beside them. A message through an
/// intermediary counts along each hop. Optionally clustered by a field of the authority file.
public struct NetworkView: Sendable {
    public var theme: DiagramTheme
    /// `country`, `affiliation` or `role`: the authority file's field that clusters people.
    public var group: String?
    /// The most people one network draws.
    public static let maximumPeople = 5_000

    public init(theme: DiagramTheme = .paper, group: String? = nil) {
        self.theme = theme
        self.group = group
    }

    /// Small networks read best with `neato`; large ones need `sfdp`. (`fdp` draws clusters as
    /// boxes, but not the same way twice, so groups are drawn as gathered, shaded nodes instead.)
    public func engine(for graph: CorrespondenceGraph) -> LayoutEngine {
        graph.people.count <= 300 ? .neato : .sfdp
    }

    /// The theme's fill for the group at `index`.
    func fill(_ index: Int) -> String {
        theme.groupFills[index % theme.groupFills.count]
    }

    public func diagram(_ graph: CorrespondenceGraph, title: String) throws(DrawError) -> Diagram {
        if let group, !["country", "affiliation", "party", "role", "office"].contains(group) {
            throw .missing(view: "network", option: "--group country, affiliation or role (not '\(group)')")
        }
        // Messages along each hop, per direction.
        var counts: [String: Int] = [:]
        var pairs: [(String, String)] = []
        var involved: [String] = []
        var seen = Set<String>()
        for message in graph.messages where message.kind == "message" {
            let hops = message.parties("intermediary").map(\.entity)
            for sender in message.parties("sender") {
                for recipient in message.parties("recipient") {
                    let path = [sender.entity] + hops + [recipient.entity]
                    for (from, to) in zip(path, path.dropFirst()) where from != to {
                        if counts[from + ">" + to] == nil, counts[to + ">" + from] == nil { pairs.append((from, to)) }
                        counts[from + ">" + to, default: 0] += 1
                        for id in [from, to] where seen.insert(id).inserted { involved.append(id) }
                    }
                }
            }
        }
        guard !involved.isEmpty else {
            throw .nothingToDraw(view: "network", reason: "no message with a sender and a recipient matches the filters")
        }
        guard involved.count <= Self.maximumPeople else {
            throw .tooLarge(
                view: "network", count: involved.count, what: "people", limit: Self.maximumPeople,
                advice: "narrow it with --from and --to, --person or --type")
        }
        let large = involved.count > 200
        var diagram = Diagram(
            name: title, isDirected: true, attributes: theme.graphAttributes, nodeDefaults: theme.nodeAttributes,
            edgeDefaults: theme.edgeAttributes)
        diagram.attributes["overlap"] = .string("prism")
        diagram.attributes["splines"] = .string(large ? "false" : "true")
        diagram.attributes["sep"] = .string(involved.count > 20 ? "+2" : "+8")
        // A fixed seed for the force-directed engines: the same network, the same picture.
        diagram.attributes["start"] = .string("regular")
        diagram.attributes["outputorder"] = .string("edgesfirst")
        if involved.count > 20 {
            // Beyond a handful of people, a hub's correspondents crowd around it: Kamada–Kawai with
            // short edges and small, wrapped names packs them closest, so that the network prints
            // at a legible size (the calendar's 37 people at 6.5 in: names at 7 pt, not 4).
            if involved.count <= 100 { diagram.attributes["mode"] = .string("KK") }
            diagram.edgeDefaults["len"] = .number(0.5)
            diagram.nodeDefaults["fontsize"] = .number(theme.smallFontSize)
            diagram.nodeDefaults["margin"] = .string("0.04,0.02")
        }

        let names = PartyNames(graph)
        var clusters: [String: [String]] = [:]
        var clusterOrder: [String] = []
        for id in involved {
            let person = names.person(id)
            var attributes: DiagramAttributes = [
                "label": .text(Self.wrapped(person?.name ?? id)), "tooltip": .text(Self.tooltip(person, id: id)),
            ]
            if let group {
                let value = person?.group(group) ?? "unknown"
                if clusters[value] == nil { clusterOrder.append(value) }
                clusters[value, default: []].append("person:" + id)
                attributes["fillcolor"] = .string(fill(clusterOrder.firstIndex(of: value) ?? 0))
            }
            diagram.nodes.append(.init(id: "person:" + id, attributes: attributes))
        }
        // Groups: each member drawn to an unseen hub with its group's name, and shaded alike.
        for (index, value) in clusterOrder.enumerated() {
            let hub = "group:\(index)"
            diagram.nodes.append(
                .init(
                    id: hub,
                    attributes: [
                        "shape": .string("plaintext"), "label": .text(value), "style": .string("solid"),
                        "fontcolor": .string(theme.muted), "fontsize": .number(theme.smallFontSize),
                    ]))
            for member in clusters[value] ?? [] {
                diagram.edges.append(
                    .init(
                        from: hub, to: member,
                        attributes: ["style": .string("invis"), "len": .number(0.4), "weight": .number(12)]))
            }
        }
        for (a, b) in pairs {
            let forth = counts[a + ">" + b] ?? 0
            let back = counts[b + ">" + a] ?? 0
            var attributes: DiagramAttributes = [
                "penwidth": .number((0.8 + 1.2 * log2(Double(forth + back))).rounded(toPlaces: 2)),
                "dir": .string(forth > 0 && back > 0 ? "both" : forth > 0 ? "forward" : "back"),
                "tooltip": .text(
                    "\(names.name(a)) \u{2192} \(names.name(b)): \(forth); \(names.name(b)) \u{2192} \(names.name(a)): \(back)"
                ),
            ]
            if !large {
                if forth > 0 { attributes["headlabel"] = .text(String(forth)) }
                if back > 0 { attributes["taillabel"] = .text(String(back)) }
            }
            diagram.edges.append(.init(from: "person:" + a, to: "person:" + b, attributes: attributes))
        }
        let messages = graph.messages.filter { $0.kind == "message" }
        var caption = [title]
        caption.append(
            "\(involved.count) people, \(messages.count) messages"
                + (group.map { ", gathered and shaded by \($0) (\(clusterOrder.joined(separator: ", ")))" } ?? "") + ".")
        caption += SourceLines.of(messages)
        caption.append("Drawn by Chancery.")
        let legend: [(symbol: String, meaning: String)] = [
            ("\u{2014}", "letters and telegrams between two people; the thicker, the more"),
            (
                "12",
                large
                    ? "(labels left out at this size: see each line's tooltip)"
                    : "beside a person: the messages they received along that line"
            ),
        ]
        DiagramFooter(legend: legend, caption: caption).apply(to: &diagram, theme: theme)
        return diagram
    }

    /// A name over two lines or more where it is long (`Andrei` / `Vyshinsky`): a hub's
    /// correspondents sit around it, and narrow labels let them sit closer, so that the network
    /// prints at a legible size.
    static func wrapped(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard name.count > 12, words.count > 1 else { return name }
        let lineCount = max(2, (name.count + 17) / 18)
        let target = (name.count + lineCount - 1) / lineCount
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty, line.count + 1 + word.count > target, lines.count < lineCount - 1 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    static func tooltip(_ person: CorrespondenceGraph.Person?, id: String) -> String {
        guard let person else { return id }
        return [person.name, person.role, person.country, person.wikidata.map { "Wikidata " + $0 }].compactMap { $0 }
            .joined(separator: "; ")
    }
}

extension Double {
    /// The value rounded to `places` decimals, so that DOT text stays short and stable.
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
