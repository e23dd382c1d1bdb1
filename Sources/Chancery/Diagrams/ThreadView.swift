/// One chain of replies and transmissions as a tree, time running down: each message a box with
/// its date, parties (with the names used), intermediaries and a one-line gist; each arrow from
/// a message to its answer or onward transmission, named for the kind of link.
public struct ThreadView: Sendable {
    public var theme: DiagramTheme
    /// The most messages a thread draws.
    public static let maximumMessages = 400

    public init(theme: DiagramTheme = .paper) {
        self.theme = theme
    }

    public func diagram(_ graph: CorrespondenceGraph, title: String) throws(DrawError) -> Diagram {
        guard !graph.messages.isEmpty else { throw .nothingToDraw(view: "thread", reason: "the message is not in the store") }
        guard graph.messages.count <= Self.maximumMessages else {
            throw .tooLarge(
                view: "thread", count: graph.messages.count, what: "messages", limit: Self.maximumMessages,
                advice: "draw a chart of the same people and dates instead")
        }
        var diagram = Diagram(
            name: title, attributes: theme.graphAttributes, nodeDefaults: theme.nodeAttributes, edgeDefaults: theme.edgeAttributes
        )
        diagram.attributes["rankdir"] = .string("TB")
        diagram.attributes["ranksep"] = .number(0.35)
        diagram.nodeDefaults["shape"] = .string("box")
        diagram.nodeDefaults["margin"] = .string("0.08,0.05")
        let names = PartyNames(graph)
        for message in graph.messages {
            var attributes: DiagramAttributes = [
                "label": .html(label(message, names)), "tooltip": .text(ChartView.tooltip(message, names)),
            ]
            if message.isPlaceholder {
                attributes["style"] = .string("rounded,dashed")
                attributes["color"] = .string(theme.muted)
            }
            diagram.nodes.append(.init(id: message.id, attributes: attributes))
        }
        let ids = Set(graph.messages.map(\.id))
        for link in graph.links where ids.contains(link.from) && ids.contains(link.to) {
            var attributes: DiagramAttributes = ["tooltip": .text(link.evidence)]
            let label: String
            switch link.kind {
            case "replies-to": label = "reply"
            case "possible-reply":
                label = "possible reply"
                attributes["style"] = .string("dashed")
                attributes["color"] = .string(theme.muted)
            case "transmits":
                label = "carried on"
                attributes["style"] = .string("dotted")
            case "encloses":
                label = "encloses"
                attributes["style"] = .string("dotted")
            default:
                label = "cites"
                attributes["style"] = .string("dotted")
                attributes["color"] = .string(theme.muted)
            }
            let confidence = link.confidence < 1 ? " (\(Int((link.confidence * 100).rounded()))%)" : ""
            attributes["label"] = .text(label + confidence)
            // Earlier message above: the arrow runs from the message to what answers or carries it.
            diagram.edges.append(.init(from: link.to, to: link.from, attributes: attributes))
        }
        var caption = [
            title,
            "\(graph.messages.count) message\(graph.messages.count == 1 ? "" : "s"), \(graph.links.count) link\(graph.links.count == 1 ? "" : "s").",
        ]
        caption += SourceLines.of(graph.messages)
        caption.append("Drawn by Chancery.")
        let legend: [(symbol: String, meaning: String)] = [
            ("\u{2192}", "to the message that answers (reply) or carries it on, with the link's confidence"),
            ("- - \u{2192}", "a possible reply: the next message back, nothing stated"),
            ("\u{2B1A}", "dashed box: a message known only because another document mentions it"),
        ]
        DiagramFooter(legend: legend, caption: caption).apply(to: &diagram, theme: theme)
        return diagram
    }

    /// Date and type in bold; parties; intermediaries; the gist; the file.
    func label(_ message: CorrespondenceGraph.Message, _ names: PartyNames) -> HTMLLabel {
        var heading = (message.date ?? "undated") + "  " + (message.type ?? (message.kind == "meeting" ? "Meeting" : "Message"))
        if let number = message.number { heading += " No. \(number)" }
        var lines: [HTMLLabel] = [
            .element(.b, [], .text(heading)),
            .text("\n" + names.labels(message, role: "sender") + " \u{2192} " + names.labels(message, role: "recipient")),
        ]
        let via = names.labels(message, role: "intermediary")
        if !via.isEmpty { lines.append(.text("\nvia " + via)) }
        let gist = Self.oneLine(message.gist, limit: 60)
        if !gist.isEmpty { lines.append(.concat([.text("\n"), .element(.i, [], .text(gist))])) }
        let origin = message.isPlaceholder ? "known only from " : ""
        lines.append(
            .concat([
                .text("\n"),
                .element(
                    .font, [("POINT-SIZE", DOTEncoder.formatted(theme.smallFontSize))],
                    .text(origin + message.document.fileName)),
            ]))
        return .concat(lines)
    }

    /// The text on one line, cut at a word before `limit` characters.
    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "\u{2026}"
    }
}
