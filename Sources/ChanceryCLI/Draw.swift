import ArgumentParser
import Chancery
import Foundation

/// `chancery draw VIEW`: a diagram of the store, for a paper or a screen.
struct Draw: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a view of the store: chart, network, thread, aliases or ego.",
        discussion: """
            chart    the correspondence chart: time across, a lane per person, each message an arrow
            network  people, with edges weighted by the messages each way (--group country|affiliation|role)
            thread   one chain of replies and transmissions (--message ID)
            aliases  people with the names and pseudonyms they go by, each with its evidence
            ego      one person's correspondents over time (--person NAME)
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: TimelineOptions
    @OptionGroup var look: DrawingOptions

    @Argument(help: "chart, network, thread, aliases or ego.") var view: DiagramView
    @Option(help: "The message or document a thread starts from.") var message: String?
    @Option(help: "Cluster the network by a field of the authority file: country, affiliation or role.") var group: String?

    func run() throws {
        let query = try openQuery(data, store)
        let request = DrawRequest(
            view: view, filter: try filters.filter(), message: message, group: group, theme: try look.chosenTheme())
        let drawing = try request.draw(with: query)
        for path in try look.write(drawing, name: view.rawValue) { print("Wrote \(path)") }
    }
}

extension DiagramView: ExpressibleByArgument {}

/// How a diagram is written: where, in which formats, in which look.
struct DrawingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The file to write; its extension gives the format (default Output/VIEW.svg).")
    var output: String?
    @Option(
        parsing: .upToNextOption,
        help: "Formats to write beside each other: svg, pdf, png, dot, json (default: the output's extension, else svg).")
    var format: [String] = []
    @Option(help: "paper (grayscale, serif, print sizes) or screen.") var theme = DiagramTheme.paper
    @Option(help: "The drawing's width: 6.5in, 16.5cm, 165mm (default 6.5in on paper, 13in on screen).") var width: String?
    @Option(help: "Resolution of png output, dots per inch.") var dpi: Double?

    func validate() throws {
        if let width, DiagramTheme.inches(width) == nil {
            throw ValidationError("--width '\(width)' is not a length: 6.5in, 16.5cm or 165mm")
        }
        for name in formats where !OutputFormat.all.contains(OutputFormat.named(name)) {
            throw ValidationError("unknown format '\(name)': svg, pdf, png, dot or json")
        }
    }

    func chosenTheme() throws -> DiagramTheme {
        var chosen = theme
        chosen.width = width.flatMap(DiagramTheme.inches)
        chosen.dpi = dpi
        return chosen
    }

    var formats: [String] {
        if !format.isEmpty { return format.flatMap { $0.split(separator: ",").map(String.init) } }
        if let output, !(output as NSString).pathExtension.isEmpty { return [(output as NSString).pathExtension] }
        return ["svg"]
    }

    /// Writes the drawing in each format; returns the paths.
    func write(_ drawing: Drawing, name: String) throws -> [String] {
        let base = output.map { ($0 as NSString).deletingPathExtension } ?? "Output/" + name
        let directory = (base as NSString).deletingLastPathComponent
        let writer = DiagramWriter(engine: drawing.engine)
        return try writer.write(
            drawing.diagram, name: (base as NSString).lastPathComponent, formats: formats.map(OutputFormat.named),
            to: directory.isEmpty ? "." : directory)
    }
}

extension DiagramTheme: ExpressibleByArgument {
    public init?(argument: String) {
        guard let theme = DiagramTheme.named(argument) else { return nil }
        self = theme
    }

    public var defaultValueDescription: String { name }
    public static var allValueStrings: [String] { ["paper", "screen"] }
}
