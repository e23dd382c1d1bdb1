/// A Graphviz layout engine, by the name Graphviz knows it.
///
/// Any name may be given; Graphviz itself decides whether it knows it, and an unknown one
/// fails with Graphviz's message.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Hierarchical layers: timelines, threads, trees.
    public static let dot: LayoutEngine = "dot"
    /// Spring model (stress majorization): small undirected networks.
    public static let neato: LayoutEngine = "neato"
    /// Force-directed placement.
    public static let fdp: LayoutEngine = "fdp"
    /// Multiscale force-directed placement: large networks in seconds.
    public static let sfdp: LayoutEngine = "sfdp"
    /// Radial layout around a root.
    public static let twopi: LayoutEngine = "twopi"
    /// Circular layout.
    public static let circo: LayoutEngine = "circo"

    /// The engines Chancery offers.
    public static let all: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .twopi, .circo]
}
