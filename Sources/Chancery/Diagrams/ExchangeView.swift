/// An exchange of messages between people: each person once, each message an arrow from
/// sender to recipient (through intermediaries as hops), labelled with its type and date.
/// Messages known only from a mention are dashed; pseudonyms the documents used stay visible
/// (`Stalin (as Filippov)`); a caption cites the sources.
public struct ExchangeView: Sendable {
    public var theme: DiagramTheme

    public init(theme: DiagramTheme = .paper) {
        self.theme = theme
    }

    /// The diagram of `events` (messages; meetings are left out).
    /// - Parameters:
    ///   - events: the messages to draw, in any order.
    ///   - links: reply and transmission links among them.
    ///   - names: display names of entities.
    ///   - title: a heading for the caption.
    ///   - sources: citations of the documents, one per line, for the caption.
    public func diagram(events: [Event], links: [EventLink], names: EntityNames, title: String, sources: [String]) -> Diagram {
        let messages = events.filter { $0.kind == .message }.sorted {
            ($0.date ?? .distantPast, $0.id) < ($1.date ?? .distantPast, $1.id)
        }
        var people: [String] = []
        var usedNames: [String: [String]] = [:]
        for event in messages {
            for participant in event.participants where participant.role != .signer {
                if !people.contains(participant.entityID) { people.append(participant.entityID) }
                if participant.resolution.nameKind?.isCover == true || participant.resolution.method == .documentAlias,
                    NameKey.of(participant.nameUsed) != NameKey.of(names.name(participant.entityID)),
                    usedNames[participant.entityID]?.contains(participant.nameUsed) != true
                {
                    usedNames[participant.entityID, default: []].append(participant.nameUsed)
                }
            }
        }
        var diagram = Diagram(
            name: title, attributes: theme.graphAttributes, nodeDefaults: theme.nodeAttributes, edgeDefaults: theme.edgeAttributes
        )
        diagram.attributes["rankdir"] = .string("LR")
        for id in people {
            var label = names.name(id)
            if let used = usedNames[id] { label += "\n(as " + used.joined(separator: ", ") + ")" }
            diagram.nodes.append(.init(id: "person:" + id, attributes: ["label": .text(label)]))
        }
        let byID = Dictionary(messages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for event in messages {
            let senders = event.participants(.sender)
            let recipients = event.participants(.recipient)
            guard !senders.isEmpty, !recipients.isEmpty else { continue }
            var label = (event.type ?? "Message") + ", " + (event.date?.display ?? "undated")
            if event.date?.qualifiers.contains(.inferred) == true { label += " (date inferred)" }
            if let answered = links.first(where: { $0.from == event.id && $0.kind == .repliesTo }),
                let original = byID[answered.to]
            {
                label +=
                    "\nreply to " + (original.type?.lowercased() ?? "message") + " of " + (original.date?.display ?? "undated")
            }
            if event.isPlaceholder { label += "\n(known only from a mention)" }
            var attributes: DiagramAttributes = ["label": .text(label)]
            if event.isPlaceholder {
                attributes["style"] = .string("dashed")
                attributes["color"] = .string(theme.muted)
            }
            let hops = event.participants(.intermediary)
            for sender in senders {
                for recipient in recipients {
                    let path =
                        ["person:" + sender.entityID] + hops.map { "person:" + $0.entityID } + ["person:" + recipient.entityID]
                    for (index, pair) in zip(path, path.dropFirst()).enumerated() {
                        var hopAttributes = attributes
                        if index > 0 { hopAttributes["label"] = nil }
                        diagram.edges.append(.init(from: pair.0, to: pair.1, attributes: hopAttributes))
                    }
                }
            }
        }
        let caption = [title] + sources.enumerated().map { $0.offset == 0 ? "Sources: " + $0.element : $0.element }
        let legend = [
            ("\u{2192}", "a message, from sender to recipient, through its intermediaries"),
            ("- - \u{2192}", "known only because another document mentions it"),
        ]
        DiagramFooter(legend: legend, caption: caption + ["Drawn by Chancery."]).apply(to: &diagram, theme: theme)
        return diagram
    }
}

extension HistoricalDate {
    /// Sorts undated events first.
    static let distantPast = HistoricalDate(year: -9999)
}
