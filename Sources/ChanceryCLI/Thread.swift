import ArgumentParser
import Chancery

/// `chancery thread ID`.
struct Thread: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The whole chain of replies and transmissions a message belongs to, with each link's evidence.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A message id, a document id (record:113636) or a file name.") var id: String

    func run() throws {
        let query = try openQuery(data, store)
        let answer = try query.thread(id)
        try output.print(answer, text: answer.text, table: query.table(answer.events))
    }
}
