import Dispatch

/// Drawing at scale: a chart of thousands of messages and a network of thousands of people,
/// each built, laid out and rendered to SVG in-process as `chancery draw` does, twice, to show
/// the time and that the output is the same both times. The peers are what a historian would
/// otherwise write: the same correspondence as a plain timeline for Graphviz's `dot`, and the
/// same network for `neato`; they run under a deadline, in the command line's child processes.
public struct DrawBenchmark: Sendable {
    /// A drawing task of the benchmark.
    public enum Case: String, Sendable, Codable, CaseIterable {
        /// `chancery draw chart`: pinned positions, drawn by `nop`.
        case chart
        /// `chancery draw network`: `sfdp` beyond 300 people.
        case network
        /// Peer: the chart's messages as a timeline graph laid out by `dot` (ranks by date).
        case timelineWithDot = "timeline-dot"
        /// Peer: the network laid out by `neato`, Graphviz's default for undirected networks.
        case networkWithNeato = "network-neato"

        public var isPeer: Bool { self == .timelineWithDot || self == .networkWithNeato }
    }

    public var chartMessages: Int
    public var chartPeople: Int
    public var networkPeople: Int
    public var networkMessages: Int
    public var seed: UInt64

    public init(
        chartMessages: Int = 5_000, chartPeople: Int = 60, networkPeople: Int = 2_000, networkMessages: Int = 6_000,
        seed: UInt64 = 1952
    ) {
        self.chartMessages = chartMessages
        self.chartPeople = chartPeople
        self.networkPeople = networkPeople
        self.networkMessages = networkMessages
        self.seed = seed
    }

    /// The figures of one case.
    public struct Figures: Sendable, Codable {
        public var task: Case
        public var messages: Int
        public var people: Int
        public var engine: String
        /// Building the view and its DOT text.
        public var buildSeconds: Double
        /// Graphviz's layout and the SVG, the first time.
        public var renderSeconds: Double
        public var totalSeconds: Double { buildSeconds + renderSeconds }
        public var svgBytes: Int
        /// Whether a second render gave the same bytes (nil when not tried).
        public var identical: Bool?
        public var peakResidentBytes: Int
    }

    /// Draws one case; `repeatRender` renders it a second time and compares the bytes.
    public func run(_ task: Case, repeatRender: Bool = true) throws -> Figures {
        let theme = DiagramTheme.paper
        var clock = Stopwatch()
        let graph: CorrespondenceGraph
        let drawing: Drawing
        switch task {
        case .chart, .timelineWithDot:
            graph = SyntheticCorrespondence(people: chartPeople, messages: chartMessages, seed: seed).graph()
            drawing =
                task == .chart
                ? Drawing(diagram: try ChartView(theme: theme).diagram(graph, title: "Benchmark chart"), engine: ChartView.engine)
                : Drawing(diagram: Self.timeline(graph), engine: .dot)
        case .network, .networkWithNeato:
            graph = SyntheticCorrespondence(people: networkPeople, messages: networkMessages, seed: seed).graph()
            let view = NetworkView(theme: theme)
            let diagram = try view.diagram(graph, title: "Benchmark network")
            drawing = Drawing(diagram: diagram, engine: task == .network ? view.engine(for: graph) : .neato)
        }
        let dot = DOTEncoder().encode(drawing.diagram)
        let buildSeconds = clock.lap()
        let renderer = GraphvizRenderer()
        let svg = try renderer.render(dot: dot, engine: drawing.engine, format: .svg).bytes
        let renderSeconds = clock.lap()
        let identical = repeatRender ? try renderer.render(dot: dot, engine: drawing.engine, format: .svg).bytes == svg : nil
        return Figures(
            task: task, messages: graph.messages.count, people: graph.people.count, engine: drawing.engine.rawValue,
            buildSeconds: buildSeconds, renderSeconds: renderSeconds, svgBytes: svg.count, identical: identical,
            peakResidentBytes: ResidentMemory.peak())
    }

    /// The correspondence as a timeline is commonly written for `dot`: a chain of dates as the
    /// axis, each person's messages a chain along their lane, each message an edge from the
    /// sender's point to the recipient's, and every point of a day on that day's rank. Edges
    /// carry no labels, which would make dot slower still.
    static func timeline(_ graph: CorrespondenceGraph) -> Diagram {
        var diagram = Diagram(
            name: "timeline", attributes: ["rankdir": .string("LR"), "nodesep": .number(0.1)],
            nodeDefaults: ["shape": .string("point")])
        var days: [Int: [String]] = [:]
        var lanes: [String: String] = [:]
        for message in graph.messages {
            guard let day = message.earliest else { continue }
            for party in message.parties where party.role == "sender" || party.role == "recipient" {
                let point = "\(party.entity)@\(message.id)"
                diagram.nodes.append(.init(id: point, attributes: ["xlabel": .text(party.nameUsed)]))
                days[day, default: []].append(point)
                if let previous = lanes[party.entity] {
                    diagram.edges.append(.init(from: previous, to: point, attributes: ["style": .string("dotted")]))
                }
                lanes[party.entity] = point
            }
            for sender in message.parties("sender") {
                for recipient in message.parties("recipient") {
                    diagram.edges.append(
                        .init(
                            from: "\(sender.entity)@\(message.id)", to: "\(recipient.entity)@\(message.id)",
                            attributes: ["tooltip": .text(message.type ?? "message")]))
                }
            }
        }
        let order = days.keys.sorted()
        for day in order {
            diagram.nodes.append(.init(id: "day:\(day)", attributes: ["shape": .string("plaintext"), "label": .text("\(day)")]))
            diagram.sameRanks.append(["day:\(day)"] + (days[day] ?? []))
        }
        for (day, next) in zip(order, order.dropFirst()) {
            diagram.edges.append(.init(from: "day:\(day)", to: "day:\(next)"))
        }
        return diagram
    }
}
