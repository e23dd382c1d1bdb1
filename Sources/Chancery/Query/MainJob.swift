/// The main job: read the default corpus in `Data/corpus`, report what each document says,
/// and draw the exchange into `Output/`.
public struct MainJob: Sendable {
    public var dataDirectory: String
    public var outputDirectory: String
    public var formats: [OutputFormat] = [.svg, .pdf]
    public var theme: DiagramTheme = .paper

    public init(dataDirectory: String, outputDirectory: String) {
        self.dataDirectory = dataDirectory
        self.outputDirectory = outputDirectory
    }

    public struct Outcome: Sendable {
        /// The report to print.
        public var report: String
        /// Files written.
        public var written: [String]
        /// Files that could not be read (the rest were).
        public var errors: [DocumentError]
    }

    /// Runs the job.
    /// - Throws: ``KnowledgeError`` when `Data/` cannot be loaded, ``RenderError`` or a file
    ///   error when a diagram cannot be written.
    public func run() throws -> Outcome {
        let knowledge = try Knowledge.load(dataDirectory: dataDirectory)
        let loaded = DocumentLoader().load([dataDirectory + "/corpus"])
        let analyses = CorpusAnalyzer(knowledge: knowledge).analyze(loaded.documents)
        let names = EntityNames(knowledge: knowledge, analyses: analyses)
        var report = "Chancery: \(analyses.count) document\(analyses.count == 1 ? "" : "s") in \(dataDirectory)/corpus\n\n"
        for analysis in analyses {
            report += DocumentReport(analysis: analysis, names: names).text + "\n"
        }
        var written: [String] = []
        if !analyses.isEmpty {
            let sources = analyses.map { SourceCitation.wrapped(SourceCitation.line(for: $0, names: names), width: 110) }
            let diagram = ExchangeView(theme: theme).diagram(
                events: analyses.flatMap(\.events), links: analyses.flatMap(\.links), names: names,
                title: "Correspondence in the default corpus", sources: sources)
            written = try DiagramWriter().write(diagram, name: "exchange", formats: formats, to: outputDirectory)
        }
        return Outcome(report: report, written: written, errors: loaded.errors)
    }
}
