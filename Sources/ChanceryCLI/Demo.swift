import ArgumentParser
import Chancery

/// `chancery demo`: the main job on Data/corpus.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read Data/corpus, report each document, and draw the exchange into Output/.")

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "Where to write the diagrams.")
    var output = "Output"

    @Option(name: .long, help: "Diagram theme: paper or screen.")
    var theme = DiagramTheme.paper

    func run() throws {
        var job = MainJob(dataDirectory: try data.directory(), outputDirectory: output)
        job.theme = theme
        let outcome = try job.run()
        print(outcome.report, terminator: "")
        for path in outcome.written { print("Wrote \(path)") }
        for error in outcome.errors { printError("error: \(error)") }
        if !outcome.errors.isEmpty { throw ExitCode.failure }
    }
}
