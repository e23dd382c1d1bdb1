/// The correspondence chart: a time axis across, one lane per person down, each message an arrow
/// from the sender's lane to the recipient's at its date, through intermediaries as hops. A
/// reply is joined to the message it answers by a heavy line along the replier's lane; messages
/// known only from a mention are dashed; an uncertain date is a hollow mark with a bar over the
/// days it may be. Positions are computed here and pinned, so Graphviz only draws: a chart of
/// thousands of messages takes seconds, and the same input gives the same picture.
public struct ChartView: Sendable {
    public var theme: DiagramTheme
    /// The person whose lane comes first (the ego view), by entity id.
    public var focus: String?
    /// Lanes beyond this many people are gathered in one lane of others.
    public var maximumLanes = 40
    /// The most messages one chart draws.
    public static let maximumMessages = 10_000
    /// Messages are labelled with their dates, where there is room, up to this many.
    public var labelledMessages = 400

    public init(theme: DiagramTheme = .paper, focus: String? = nil) {
        self.theme = theme
        self.focus = focus
    }

    /// Graphviz keeps the positions given (`neato -n`).
    public static let engine: LayoutEngine = "nop"

    public func diagram(_ graph: CorrespondenceGraph, title: String) throws(DrawError) -> Diagram {
        let view = focus == nil ? "chart" : "ego"
        let dated = graph.messages.filter { $0.kind == "message" && $0.earliest != nil && !$0.parties("sender").isEmpty }
        guard !dated.isEmpty else {
            throw .nothingToDraw(view: view, reason: "no dated message with a sender matches the filters")
        }
        guard dated.count <= Self.maximumMessages else {
            throw .tooLarge(
                view: view, count: dated.count, what: "messages", limit: Self.maximumMessages,
                advice: "narrow it with --from and --to (a year at a time), --person or --between")
        }
        let names = PartyNames(graph)
        let lanes = lanes(dated, names)
        // A chart lays out its own time axis, so it needs a width even on a screen: 13 in there.
        let width = (theme.width ?? theme.pageWidth ?? 13) * 72
        // Few lanes get room for the dates written beside the marks; many are packed closer.
        let laneCount = lanes.labels.count
        let laneGap = theme.fontSize * (laneCount <= 6 ? 4 : laneCount <= 15 ? 2.8 : 2)
        let labelWidth = min(width * 0.36, lanes.labels.map { laneLabelWidth($0) }.max() ?? 60)
        let left = labelWidth + 10
        let right = width - 10
        let axis = TimeAxis(
            first: dated.compactMap(\.earliest).min() ?? 0,
            last: dated.map { $0.latest ?? $0.earliest ?? 0 }.max() ?? 0, left: left, right: right)
        let axisY = theme.smallFontSize * 2.5
        func laneY(_ lane: Int) -> Double { axisY + laneGap * Double(lanes.labels.count - lane) }

        var diagram = Diagram(
            name: title, attributes: theme.graphAttributes,
            nodeDefaults: [
                "shape": .string("point"), "label": .text(""), "width": .number(0.05), "color": .string(theme.ink),
                "fontname": .string(theme.fontName), "fontsize": .number(theme.smallFontSize),
            ],
            edgeDefaults: theme.edgeAttributes)
        diagram.attributes["size"] = nil
        diagram.attributes["splines"] = .string("line")
        diagram.attributes["outputorder"] = .string("edgesfirst")
        func pin(_ x: Double, _ y: Double) -> DiagramAttributes.Value {
            .string("\(DOTEncoder.formatted(x)),\(DOTEncoder.formatted(y))!")
        }

        // Lanes: the name at the left, a faint rule across.
        for (index, label) in lanes.labels.enumerated() {
            let y = laneY(index)
            let text = laneLabel(label, width: labelWidth)
            let cell = HTMLLabel.element(
                .table, [("BORDER", "0"), ("CELLPADDING", "0"), ("CELLSPACING", "0")],
                .element(
                    .tr, [],
                    .element(
                        .td,
                        [
                            ("ALIGN", "RIGHT"), ("WIDTH", DOTEncoder.formatted(labelWidth)), ("FIXEDSIZE", "TRUE"),
                            ("HEIGHT", DOTEncoder.formatted(text.lines == 1 ? 12 : 12 + theme.smallFontSize + 1)),
                        ],
                        text.label)))
            diagram.nodes.append(
                .init(
                    id: "lane:\(index)",
                    attributes: [
                        "shape": .string("plaintext"), "label": .html(cell), "fontsize": .number(theme.fontSize),
                        "pos": pin(labelWidth / 2, y), "width": .number(labelWidth / 72), "height": .number(laneGap / 72 * 0.8),
                        "fixedsize": .bool(true),
                    ]))
            diagram.nodes.append(.init(id: "lane:\(index):start", attributes: ["pos": pin(left, y), "style": .string("invis")]))
            diagram.nodes.append(.init(id: "lane:\(index):end", attributes: ["pos": pin(right, y), "style": .string("invis")]))
            diagram.edges.append(
                .init(
                    from: "lane:\(index):start", to: "lane:\(index):end",
                    attributes: ["dir": .string("none"), "color": .string(theme.rule), "style": .string("dotted")]))
        }

        // The axis and its ticks.
        diagram.nodes.append(.init(id: "axis:start", attributes: ["pos": pin(left, axisY), "style": .string("invis")]))
        diagram.nodes.append(.init(id: "axis:end", attributes: ["pos": pin(right, axisY), "style": .string("invis")]))
        diagram.edges.append(.init(from: "axis:start", to: "axis:end", attributes: ["dir": .string("none")]))
        for tick in axis.ticks() {
            diagram.nodes.append(
                .init(
                    id: "tick:\(tick.day)",
                    attributes: [
                        "shape": .string("plaintext"), "label": .text(tick.label),
                        "pos": pin(tick.x, axisY - 4 - theme.smallFontSize),
                        "width": .number(0.01), "height": .number(0.01),
                    ]))
            diagram.nodes.append(
                .init(id: "tick:\(tick.day):mark", attributes: ["pos": pin(tick.x, axisY - 4), "style": .string("invis")]))
            diagram.nodes.append(
                .init(id: "tick:\(tick.day):base", attributes: ["pos": pin(tick.x, axisY), "style": .string("invis")]))
            diagram.edges.append(
                .init(from: "tick:\(tick.day):base", to: "tick:\(tick.day):mark", attributes: ["dir": .string("none")]))
        }

        // Messages.
        func x(_ message: CorrespondenceGraph.Message) -> Double {
            let day = message.earliest ?? 0
            return axis.x(message.isDateUncertain ? (day + (message.latest ?? day)) / 2 : day)
        }
        func laneYs(_ message: CorrespondenceGraph.Message) -> [Double] {
            message.parties.filter { ["sender", "recipient", "intermediary"].contains($0.role) }
                .map { laneY(lanes.lane[$0.entity] ?? lanes.others) }
        }
        var labels: ChartLabelPlacer?
        if dated.count <= labelledMessages {
            labels = ChartLabelPlacer(
                bounds: .init(minX: left, maxX: right + 8, minY: axisY + 2, maxY: laneY(0) + laneGap / 2),
                lines: dated.map { message in
                    let ys = laneYs(message)
                    return (x(message), ys.min() ?? 0, ys.max() ?? 0)
                })
        }
        var points: [String: (sender: String, recipient: String)] = [:]
        var unlabelled = 0
        for message in dated {
            let day = message.earliest ?? 0
            let lastDay = message.latest ?? day
            let x = x(message)
            let senders = message.parties("sender").map { lanes.lane[$0.entity] ?? lanes.others }
            let recipients = message.parties("recipient").map { lanes.lane[$0.entity] ?? lanes.others }
            let hops = message.parties("intermediary").map { lanes.lane[$0.entity] ?? lanes.others }
            guard let from = senders.first else { continue }
            let senderNode = message.id + "#from"
            var senderAttributes: DiagramAttributes = ["pos": pin(x, laneY(from))]
            if message.isDateUncertain {
                senderAttributes["shape"] = .string("circle")
                senderAttributes["width"] = .number(0.09)
                senderAttributes["style"] = .string("filled")
                senderAttributes["fillcolor"] = .string(theme.background)
            }
            let text = axis.shortLabel(message)
            if labels != nil { unlabelled += 1 }
            if let place = labels?.place(
                width: TextWidth.of(text, fontSize: theme.smallFontSize) + 1, height: theme.smallFontSize + 1,
                beside: x, laneY(from))
            {
                diagram.nodes.append(
                    .init(
                        id: message.id + "#date",
                        attributes: [
                            "shape": .string("plaintext"), "label": .text(text), "pos": pin(place.x, place.y),
                            "width": .number(0.01), "height": .number(0.01), "margin": .string("0"),
                        ]))
                unlabelled -= 1
            }
            let tooltip = Self.tooltip(message, names)
            senderAttributes["tooltip"] = .text(tooltip)
            diagram.nodes.append(.init(id: senderNode, attributes: senderAttributes))
            if message.isDateUncertain, axis.x(lastDay) - axis.x(day) > 2 {
                for (suffix, end) in [("#earliest", day), ("#latest", lastDay)] {
                    diagram.nodes.append(
                        .init(
                            id: message.id + suffix,
                            attributes: ["pos": pin(axis.x(end), laneY(from)), "style": .string("invis")]))
                }
                diagram.edges.append(
                    .init(
                        from: message.id + "#earliest", to: message.id + "#latest",
                        attributes: ["dir": .string("none"), "penwidth": .number(1.5), "color": .string(theme.muted)]))
            }
            var edgeAttributes: DiagramAttributes = ["tooltip": .text(tooltip)]
            if message.isPlaceholder {
                edgeAttributes["style"] = .string("dashed")
                edgeAttributes["color"] = .string(theme.muted)
            }
            var previous = senderNode
            for (index, hop) in hops.enumerated() where hop != from {
                let hopNode = message.id + "#via\(index)"
                diagram.nodes.append(
                    .init(
                        id: hopNode,
                        attributes: [
                            "pos": pin(x, laneY(hop)), "shape": .string("diamond"), "width": .number(0.08),
                            "height": .number(0.08), "style": .string("filled"), "fillcolor": .string(theme.background),
                        ]))
                diagram.edges.append(.init(from: previous, to: hopNode, attributes: edgeAttributes))
                previous = hopNode
            }
            var recipientNode = senderNode
            for (index, lane) in recipients.enumerated() {
                let node = message.id + "#to\(index)"
                diagram.nodes.append(
                    .init(id: node, attributes: ["pos": pin(x, laneY(lane)), "width": .number(0.01), "style": .string("invis")]))
                diagram.edges.append(.init(from: previous, to: node, attributes: edgeAttributes))
                if index == 0 { recipientNode = node }
            }
            points[message.id] = (senderNode, recipientNode)
        }

        // Replies and transmissions, joined along the lane of the one who answered or carried on.
        for link in graph.links {
            guard let reply = points[link.from], let original = points[link.to] else { continue }
            var attributes: DiagramAttributes = ["dir": .string("none"), "tooltip": .text(link.kind + ": " + link.evidence)]
            switch link.kind {
            case "replies-to":
                attributes["penwidth"] = .number(2.6)
                attributes["color"] = .string(theme.accent)
            case "possible-reply":
                attributes["style"] = .string("dashed")
                attributes["color"] = .string(theme.muted)
            case "transmits", "encloses":
                attributes["style"] = .string("dotted")
                attributes["penwidth"] = .number(2)
            default: continue
            }
            diagram.edges.append(.init(from: original.recipient, to: reply.sender, attributes: attributes))
        }

        let undated = graph.messages.count - dated.count
        var caption = [title]
        let span = axis.spanText
        caption.append(
            "\(dated.count) message\(dated.count == 1 ? "" : "s"), \(span), among \(lanes.labels.count) lane\(lanes.labels.count == 1 ? "" : "s")"
                + (undated > 0 ? "; \(undated) undated or meeting event\(undated == 1 ? "" : "s") not drawn" : "")
                + (graph.matched > graph.messages.count ? "; the first \(graph.messages.count) of \(graph.matched)" : "") + ".")
        if unlabelled > 0 {
            caption.append("Dates are written where there is room; in SVG every mark's tooltip gives its date.")
        }
        caption += SourceLines.of(dated)
        caption.append("Drawn by Chancery.")
        DiagramFooter(legend: Self.legend, caption: caption).apply(to: &diagram, theme: theme)
        return diagram
    }

    static let legend: [(symbol: String, meaning: String)] = [
        ("\u{2022}\u{2192}", "a message, from the sender's lane to the recipient's at its date"),
        ("\u{25C7}", "carried by an intermediary on the way"),
        ("- - \u{2192}", "known only because another document mentions it"),
        ("\u{25CB}\u{2014}", "date uncertain: the bar spans the days it may be"),
        ("\u{2501}", "along a lane: the reply joined to the message it answers"),
        ("- - -", "along a lane: a possible reply (the next message back, nothing stated)"),
        ("\u{00B7}\u{00B7}\u{00B7}", "along a lane: a message carried on (transmitted or enclosed)"),
    ]

    /// People in lane order (the focus first, then by their first message), names used shown.
    func lanes(
        _ messages: [CorrespondenceGraph.Message], _ names: PartyNames
    ) -> (
        labels: [String], lane: [String: Int], others: Int
    ) {
        var order: [String] = []
        var count: [String: Int] = [:]
        var used: [String: [String]] = [:]
        for message in messages {
            for party in message.parties {
                if count[party.entity] == nil { order.append(party.entity) }
                count[party.entity, default: 0] += 1
                if party.isCoverName, names.isRenamed(party), used[party.entity]?.contains(party.nameUsed) != true {
                    used[party.entity, default: []].append(party.nameUsed)
                }
            }
        }
        if let focus, let index = order.firstIndex(of: focus) {
            order.remove(at: index)
            order.insert(focus, at: 0)
        }
        var kept = order
        var gathered: [String] = []
        if order.count > maximumLanes {
            // The busiest keep their lanes (in first-appearance order); the rest share one.
            let busiest = Set(
                order.sorted { (count[$0] ?? 0, $1) > (count[$1] ?? 0, $0) }.prefix(maximumLanes - 1) + (focus.map { [$0] } ?? [])
            )
            kept = order.filter { busiest.contains($0) }
            gathered = order.filter { !busiest.contains($0) }
        }
        var labels = kept.map { id in
            let name = names.name(id)
            let label = used[id].map { name + " (as " + $0.prefix(2).joined(separator: ", ") + ")" } ?? name
            return ThreadView.oneLine(label, limit: 120)
        }
        var lane: [String: Int] = [:]
        for (index, id) in kept.enumerated() { lane[id] = index }
        let others = labels.count
        if !gathered.isEmpty { labels.append("\(gathered.count) others") }
        return (labels, lane, others)
    }

    /// A lane's name on one line, or where it does not fit, the cover names on a second line in
    /// the small size; each line cut with an ellipsis where even that does not fit.
    func laneLabel(_ label: String, width: Double) -> (label: HTMLLabel, lines: Int) {
        if TextWidth.of(label, fontSize: theme.fontSize) <= width { return (.text(label), 1) }
        guard let split = label.range(of: " (as ") else {
            return (.text(TextWidth.fitted(label, width: width, fontSize: theme.fontSize)), 1)
        }
        let name = TextWidth.fitted(String(label[..<split.lowerBound]), width: width, fontSize: theme.fontSize)
        let covers = TextWidth.fitted(
            String(label[label.index(after: split.lowerBound)...]), width: width, fontSize: theme.smallFontSize)
        let lines = HTMLLabel.concat([
            .text(name), .element(.br, [("ALIGN", "RIGHT")]),
            .element(.font, [("POINT-SIZE", DOTEncoder.formatted(theme.smallFontSize))], .text(covers)),
        ])
        return (lines, 2)
    }

    /// The width a lane's name needs: its one line, or the longer of its two.
    func laneLabelWidth(_ label: String) -> Double {
        guard let split = label.range(of: " (as ") else { return TextWidth.of(label, fontSize: theme.fontSize) }
        return min(
            TextWidth.of(label, fontSize: theme.fontSize),
            max(
                TextWidth.of(String(label[..<split.lowerBound]), fontSize: theme.fontSize),
                TextWidth.of(String(label[label.index(after: split.lowerBound)...]), fontSize: theme.smallFontSize)))
    }

    /// What a message is, for the tooltip of its mark in SVG.
    static func tooltip(_ message: CorrespondenceGraph.Message, _ names: PartyNames) -> String {
        var text = "\(message.date ?? "undated") \(message.type ?? "Message")"
        if let number = message.number { text += " No. \(number)" }
        text += ": \(names.labels(message, role: "sender")) \u{2192} \(names.labels(message, role: "recipient"))"
        let via = names.labels(message, role: "intermediary")
        if !via.isEmpty { text += " via \(via)" }
        if message.isPlaceholder { text += " (known only from a mention)" }
        return text + " \u{2014} " + message.document.fileName
    }
}
