/// Exports a correspondence graph in the formats of the tools historians use next: Gephi
/// (GEXF), any graph tool (GraphML), Palladio (CSV), letter indexes such as correspSearch
/// (CMIF) and programs (JSON). The same graph gives the same bytes: everything is sorted or
/// in the graph's order, and the only date written is `generated`.
public struct GraphExporter: Sendable {
    public let knowledge: Knowledge
    public let title: String
    /// The date the export is made (ISO day), written in the GEXF and CMIF headers.
    public let generated: String

    public init(knowledge: Knowledge, title: String, generated: String) {
        self.knowledge = knowledge
        self.title = title
        self.generated = generated
    }

    /// The files of `graph` in `format`: one (`correspondence.gexf`, …), or for `csv` two
    /// (`nodes.csv`, `edges.csv`).
    public func files(_ graph: CorrespondenceGraph, format: ExportFormat) -> [ExportedFile] {
        let name = "correspondence." + format.fileExtension
        switch format {
        case .gexf:
            return [ExportedFile(name: name, bytes: GEXFWriter(title: title, generated: generated).write(graph))]
        case .graphml:
            return [ExportedFile(name: name, bytes: GraphMLWriter().write(graph))]
        case .csv:
            let tables = PalladioCSV(knowledge: knowledge)
            return [
                ExportedFile(name: "nodes.csv", bytes: tables.nodes(graph)),
                ExportedFile(name: "edges.csv", bytes: tables.edges(graph)),
            ]
        case .cmif:
            let writer = CMIFWriter(knowledge: knowledge, title: title, generated: generated)
            return [ExportedFile(name: name, bytes: writer.write(graph))]
        case .json:
            return [ExportedFile(name: name, bytes: GraphJSON().write(graph))]
        }
    }
}
