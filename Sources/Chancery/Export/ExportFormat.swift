/// A file format the correspondence can be exported in, for the tools historians use next.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GEXF 1.3 for Gephi: people, edges weighted by messages, spells for the timeline.
    case gexf
    /// GraphML: people, one edge per message leg, each with its date and source.
    case graphml
    /// Palladio's two tables: `nodes.csv` and `edges.csv`.
    case csv
    /// CMIF: a TEI file of `correspDesc` records, for correspSearch and other letter indexes.
    case cmif
    /// The whole graph as JSON.
    case json

    /// The extension of the file written (for `csv`, of each of the two files).
    public var fileExtension: String {
        switch self {
        case .gexf: "gexf"
        case .graphml: "graphml"
        case .csv: "csv"
        case .cmif: "xml"
        case .json: "json"
        }
    }

    /// What the format is for, in a line.
    public var summary: String {
        switch self {
        case .gexf: "GEXF 1.3 for Gephi: weighted edges, spells for the timeline"
        case .graphml: "GraphML: an edge per message leg with date, type, number, source"
        case .csv: "Palladio: nodes.csv and edges.csv (YYYY-MM-DD, \"lat,lon\")"
        case .cmif: "CMIF (TEI correspDesc) for correspSearch and letter indexes"
        case .json: "the correspondence graph as JSON"
        }
    }

    /// Whether the export is one file (`csv` is two).
    public var isSingleFile: Bool { self != .csv }
}
