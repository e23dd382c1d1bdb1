/// The views `chancery draw` offers.
public enum DiagramView: String, Sendable, CaseIterable {
    /// Time across, a lane per person, each message an arrow.
    case chart
    /// People, with edges weighted by the messages each way.
    case network
    /// One chain of replies and transmissions, as a tree.
    case thread
    /// People with the names and pseudonyms they go by, and the evidence for each.
    case aliases
    /// One person's correspondents over time.
    case ego
}

/// A diagram and the Graphviz engine that lays it out.
public struct Drawing: Sendable {
    public var diagram: Diagram
    public var engine: LayoutEngine

    public init(diagram: Diagram, engine: LayoutEngine) {
        self.diagram = diagram
        self.engine = engine
    }
}

/// What to draw: a view of the store, the messages it shows, and how it looks.
public struct DrawRequest: Sendable {
    public var view: DiagramView
    public var filter: TimelineFilter
    /// The message a thread starts from.
    public var message: String?
    /// The authority file's field that clusters a network.
    public var group: String?
    public var theme: DiagramTheme
    /// A heading for the caption; one is made from the filters when nil.
    public var title: String?

    public init(
        view: DiagramView, filter: TimelineFilter = TimelineFilter(), message: String? = nil, group: String? = nil,
        theme: DiagramTheme = .paper, title: String? = nil
    ) {
        self.view = view
        self.filter = filter
        self.message = message
        self.group = group
        self.theme = theme
        self.title = title
    }

    /// Queries the store and builds the view.
    /// - Throws: ``StoreError`` (a name or message not found), ``DrawError`` (nothing to draw,
    ///   too much, an option missing).
    public func draw(with query: CorpusQuery) throws -> Drawing {
        switch view {
        case .chart:
            let graph = try query.correspondence(filter)
            return Drawing(
                diagram: try ChartView(theme: theme).diagram(graph, title: title ?? heading("Correspondence")),
                engine: ChartView.engine)
        case .ego:
            guard let person = filter.person else { throw DrawError.missing(view: "ego", option: "--person NAME") }
            let focus = try query.entity(person)
            let graph = try query.correspondence(filter)
            let view = ChartView(theme: theme, focus: focus.id)
            return Drawing(
                diagram: try view.diagram(graph, title: title ?? heading("\(focus.name) and correspondents")),
                engine: ChartView.engine)
        case .network:
            let graph = try query.correspondence(filter)
            let view = NetworkView(theme: theme, group: group)
            let diagram = try view.diagram(graph, title: title ?? heading("Who wrote to whom"))
            return Drawing(diagram: diagram, engine: view.engine(for: graph))
        case .thread:
            guard let message else { throw DrawError.missing(view: "thread", option: "--message ID (a document or message id)") }
            let graph = try query.correspondence(thread: message)
            return Drawing(
                diagram: try ThreadView(theme: theme).diagram(graph, title: title ?? "The thread of \(message)"), engine: .dot)
        case .aliases:
            let graph = try query.correspondence(filter)
            var names: [String: WhoAnswer] = [:]
            for person in graph.people where person.kind == "person" { names[person.id] = try query.who(person.id) }
            return Drawing(
                diagram: try AliasesView(theme: theme).diagram(
                    graph, names: names, title: title ?? heading("Names and pseudonyms")),
                engine: .dot)
        }
    }

    /// `Correspondence of Stalin, 1950–1951` from the filters.
    func heading(_ base: String) -> String {
        var text = base
        if let (a, b) = filter.between {
            text += " between \(a) and \(b)"
        } else if let person = filter.person, view != .ego {
            text += " of \(person)"
        }
        if let place = filter.place { text += ", \(place)" }
        if let type = filter.type { text += ", \(type.lowercased())s" }
        switch (filter.from, filter.to) {
        case let (from?, to?) where from.iso == to.iso: text += ", \(from.iso)"
        case let (from?, to?): text += ", \(from.iso) to \(to.iso)"
        case let (from?, nil): text += ", from \(from.iso)"
        case let (nil, to?): text += ", to \(to.iso)"
        default: break
        }
        return text
    }
}
