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
        let pages = analyses.filter { $0.document.format != .calendar }
        let calendarRows = analyses.filter { $0.document.format == .calendar }
        let graph = EventGraph(analyses: analyses)
        var report = "Chancery: \(pages.count) document\(pages.count == 1 ? "" : "s")"
        if !calendarRows.isEmpty { report += " and \(calendarRows.count) calendar entries" }
        report += " in \(dataDirectory)/corpus\n\n"
        for analysis in pages {
            report += DocumentReport(analysis: analysis, names: names).text + "\n"
        }
        let paths = Dictionary(pages.map { ($0.document.id, $0.document.path) }, uniquingKeysWith: { first, _ in first })
        report += CalendarSummary(rows: calendarRows, graph: graph, paths: paths).text
        var written: [String] = []
        if !pages.isEmpty {
            let sources = pages.map { SourceCitation.wrapped(SourceCitation.line(for: $0, names: names), width: 110) }
            let diagram = ExchangeView(theme: theme).diagram(
                events: pages.flatMap(\.events), links: pages.flatMap(\.links), names: names,
                title: "Correspondence in the default corpus", sources: sources)
            written = try DiagramWriter().write(diagram, name: "exchange", formats: formats, to: outputDirectory)
        }
        written += try drawCorpus(knowledge: knowledge, pages: pages)
        return Outcome(report: report, written: written, errors: loaded.errors)
    }

    /// The views of the whole default corpus, read into a store in memory: the chart of the
    /// calendar's correspondence, Mao Zedong and Stalin in 1952 (the seed's exchange among it),
    /// the network, the cover names, and the seed's thread.
    func drawCorpus(knowledge: Knowledge, pages: [DocumentAnalysis]) throws -> [String] {
        let store = try CorpusStore.inMemory()
        _ = try Ingester(store: store, knowledge: knowledge).run([dataDirectory + "/corpus"])
        let query = CorpusQuery(store: store, knowledge: knowledge)
        var requests: [(name: String, request: DrawRequest)] = [
            (
                "chart",
                DrawRequest(
                    view: .chart, theme: theme,
                    title: "Stalin, Mao Zedong, Zhou Enlai, Kim Il Sung and their intermediaries, 1948\u{2013}1953")
            ),
            (
                "chart-mao-stalin-1952",
                DrawRequest(
                    view: .chart,
                    filter: TimelineFilter(
                        between: ("Mao Zedong", "Stalin"), from: CalendarDate(year: 1952, month: 1, day: 1),
                        to: CalendarDate(year: 1952, month: 12, day: 31)),
                    theme: theme, title: "Mao Zedong and Stalin (as Filippov), 1952")
            ),
            (
                "network",
                DrawRequest(view: .network, group: "country", theme: theme, title: "Who wrote to whom, 1948\u{2013}1953")
            ),
            ("aliases", DrawRequest(view: .aliases, theme: theme, title: "Cover names in the default corpus")),
        ]
        if let seed = pages.first {
            requests.append(
                (
                    "thread",
                    DrawRequest(
                        view: .thread, message: seed.document.id, theme: theme,
                        title: "The thread of \(seed.document.title?.text ?? seed.document.id)")
                ))
        }
        var written: [String] = []
        for (name, request) in requests {
            do {
                let drawing = try request.draw(with: query)
                written += try DiagramWriter(engine: drawing.engine).write(
                    drawing.diagram, name: name, formats: formats, to: outputDirectory)
            } catch is DrawError {
                continue  // A corpus without such messages has nothing to show in that view.
            }
        }
        return written
    }
}
