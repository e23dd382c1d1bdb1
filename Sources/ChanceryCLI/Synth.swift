import ArgumentParser
import Chancery
import Foundation

/// `chancery synth --docs N --seed S --out DIR`: synthetic archive pages with their ground truth.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write synthetic archive pages (pseudonyms, intermediaries, replies, partial dates) and their ground truth.",
        discussion: """
            The pages are marked as synthetic in their text and source. The ground truth is written
            beside them as synthetic.gold.json, in the gold format `chancery eval` reads.
            """)

    @Option(help: "How many pages.") var docs = 1_000
    @Option(help: "The random seed: the same seed writes the same pages.") var seed: UInt64 = 1952
    @Option(help: "The folder to write into (created if missing).") var out = "synthetic"

    func validate() throws {
        guard docs > 0 else { throw ValidationError("--docs must be at least 1") }
    }

    func run() throws {
        let truth = try SyntheticCorpus(documents: docs, seed: seed).write(to: out)
        let replies = truth.reduce(0) { $0 + ($1.repliesTo?.count ?? 0) }
        print("\(truth.count) synthetic pages (\(replies) replies) in \(out); ground truth in \(out)/synthetic.gold.json")
    }
}
