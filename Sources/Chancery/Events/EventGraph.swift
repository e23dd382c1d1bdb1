/// The events of a corpus and the links between them, with placeholders merged into the
/// documents they stand for: "your telegram of 21 February" becomes a link to the telegram of
/// 21 February once that telegram's own document is read.
public struct EventGraph: Sendable {
    /// Every event by id, placeholders that found their document removed.
    public private(set) var events: [String: Event] = [:]
    /// Links with placeholder ends replaced by the events they were merged into.
    public private(set) var links: [EventLink] = []
    /// Placeholder id → the id of the event it turned out to be.
    public private(set) var merged: [String: String] = [:]
    /// Positions in `links` by the link's `from`.
    private var linksFrom: [String: [Int]] = [:]

    public init(analyses: [DocumentAnalysis]) {
        var all: [Event] = []
        var stated: [EventLink] = []
        for analysis in analyses {
            all += analysis.events
            stated += analysis.links
        }
        let linked = EventMatcher.link(
            all.map(EventSummary.init),
            stated.enumerated().map { offset, link in
                StatedLink(
                    from: link.from, to: link.to, kind: link.kind, rule: link.rule, confidence: link.confidence, index: offset)
            })
        merged = linked.merged
        for event in all where merged[event.id] == nil { events[event.id] = event }
        for link in linked.links {
            let evidence = link.source.map { stated[$0].evidence } ?? events[link.from]?.evidence ?? .curation(note: "inferred")
            links.append(
                EventLink(
                    from: link.from, to: link.to, kind: link.kind, evidence: evidence, confidence: link.confidence,
                    rule: link.rule))
            linksFrom[link.from, default: []].append(links.count - 1)
        }
    }

    /// Links from an event.
    public func links(from id: String) -> [EventLink] {
        (linksFrom[id] ?? []).map { links[$0] }
    }
}
