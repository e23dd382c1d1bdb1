import ArgumentParser
import Chancery

/// `chancery mentions NAME`.
struct Mentions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Where a person or place is named, by document and line.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A name in any form, or an entity id.") var name: String

    func run() throws {
        let query = try openQuery(data, store)
        let rows = try query.mentions(name)
        try output.print(rows, as: query.table(rows))
    }
}

/// `chancery search TEXT`.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Full-text search of the documents, ranked, with snippets.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "How many documents.") var limit = 20
    @Argument(help: "Words to find (all of them).") var text: [String]

    func run() throws {
        let query = try openQuery(data, store)
        let hits = try query.search(text.joined(separator: " "), limit: limit)
        try output.print(hits, as: query.table(hits))
    }
}
