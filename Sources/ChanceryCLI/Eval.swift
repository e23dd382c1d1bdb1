import ArgumentParser
import Chancery
import Foundation

/// `chancery eval --gold FILE DIR`: score the pipeline against hand annotations.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against a gold file: precision, recall and F1 per field, misses per document.")

    @OptionGroup var data: DataOptions

    @Option(help: "The gold annotations (a JSON array, see formats/gold.md).")
    var gold: String

    @Argument(help: "The folder the gold's file names are relative to.")
    var directory: String

    @Option(help: "Score these records (gold format) instead of running the pipeline: another tool's output.")
    var predictions: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "List misses and false finds per document.")
    var details = false

    func run() throws {
        let knowledge = try Knowledge.load(dataDirectory: try data.directory())
        let records = try Evaluation.loadGold(gold)
        let predicted = try predictions.map { try Evaluation.loadGold($0) }
        let outcome = Evaluation(knowledge: knowledge).run(gold: records, directory: directory, predictions: predicted)
        if json {
            try printJSON(outcome.report)
        } else {
            print(outcome.report.table, terminator: "")
            if predicted == nil {
                let rate = outcome.seconds > 0 ? Int(Double(outcome.words) / outcome.seconds) : 0
                print("\(outcome.words) words read in \(String(format: "%.3f", outcome.seconds)) s (\(rate) words/s)")
            }
            if details {
                for document in outcome.report.perDocument where !document.misses.isEmpty || !document.falseFinds.isEmpty {
                    print("\n" + document.file)
                    for (field, items) in document.misses.sorted(by: { $0.key < $1.key }) {
                        print("  missed  \(field): \(items.joined(separator: "; "))")
                    }
                    for (field, items) in document.falseFinds.sorted(by: { $0.key < $1.key }) {
                        print("  false   \(field): \(items.joined(separator: "; "))")
                    }
                }
            }
        }
        for error in outcome.errors { printError("error: \(error)") }
        if !outcome.errors.isEmpty { throw ExitCode.failure }
    }
}
