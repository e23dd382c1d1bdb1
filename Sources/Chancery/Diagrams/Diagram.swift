/// A graph to draw, as plain values: nodes, edges, clusters and their attributes.
///
/// Views build a `Diagram`; ``DOTEncoder`` turns it into DOT text and ``GraphvizRenderer``
/// draws that. Nothing here is Graphviz syntax: every string is data, escaped on encoding.
public struct Diagram: Sendable, Equatable {
    /// The graph's name (written into DOT, never used as syntax).
    public var name: String
    /// Whether edges have a direction (`digraph`) or not (`graph`).
    public var isDirected: Bool
    /// Attributes of the whole graph (`rankdir`, `label` for a caption, `fontname`, …).
    public var attributes: DiagramAttributes
    /// Attributes every node has unless it says otherwise.
    public var nodeDefaults: DiagramAttributes
    /// Attributes every edge has unless it says otherwise.
    public var edgeDefaults: DiagramAttributes
    public var nodes: [Node]
    public var edges: [Edge]
    public var clusters: [Cluster]
    /// Groups of nodes that must share a rank (the same row or column in `dot`).
    public var sameRanks: [[String]]

    public init(
        name: String,
        isDirected: Bool = true,
        attributes: DiagramAttributes = [:],
        nodeDefaults: DiagramAttributes = [:],
        edgeDefaults: DiagramAttributes = [:],
        nodes: [Node] = [],
        edges: [Edge] = [],
        clusters: [Cluster] = [],
        sameRanks: [[String]] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.sameRanks = sameRanks
    }

    /// A node, identified by a stable id that views derive from the model.
    public struct Node: Sendable, Equatable {
        public var id: String
        public var attributes: DiagramAttributes
        public init(id: String, attributes: DiagramAttributes = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    /// An edge between two node ids.
    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        public var attributes: DiagramAttributes
        public init(from: String, to: String, attributes: DiagramAttributes = [:]) {
            self.from = from
            self.to = to
            self.attributes = attributes
        }
    }

    /// A boxed group of nodes, drawn as a Graphviz cluster.
    public struct Cluster: Sendable, Equatable {
        public var id: String
        public var attributes: DiagramAttributes
        public var nodeIDs: [String]
        public var clusters: [Cluster]
        public init(id: String, attributes: DiagramAttributes = [:], nodeIDs: [String] = [], clusters: [Cluster] = []) {
            self.id = id
            self.attributes = attributes
            self.nodeIDs = nodeIDs
            self.clusters = clusters
        }
    }
}
