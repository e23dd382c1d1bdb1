import ArgumentParser
import Chancery
import Foundation

/// `chancery extract PATH…`: what Chancery reads in each document.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read documents and report their dates, parties, aliases, people, places and mentioned messages.")

    @OptionGroup var data: DataOptions

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Flag(help: "Print one record per document in the gold format (formats/gold.md), with evidence in extra keys.")
    var json = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        let knowledge = try Knowledge.load(dataDirectory: try data.directory())
        let loaded = DocumentLoader().load(paths)
        let analyses = CorpusAnalyzer(knowledge: knowledge).analyze(loaded.documents)
        if json {
            let roots = paths
            let records = RecordBuilder.records(analyses, knowledge: knowledge) { RecordFileName.relative($0, to: roots) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(records), as: UTF8.self))
        } else {
            let names = EntityNames(knowledge: knowledge, analyses: analyses)
            for analysis in analyses {
                print(DocumentReport(analysis: analysis, names: names).text)
            }
        }
        for error in loaded.errors { printError("error: \(error)") }
        if !loaded.errors.isEmpty { throw ExitCode.failure }
    }
}
