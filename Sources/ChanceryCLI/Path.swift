import ArgumentParser
import Chancery

/// `chancery path A B`.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The shortest chain of correspondents linking two people, with the messages between each pair.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "From this person.") var first: String
    @Argument(help: "To this person.") var second: String

    func run() throws {
        let answer = try openQuery(data, store).path(from: first, to: second)
        try output.print(
            answer, text: answer.people.joined(separator: " → ") + "\n\n" + answer.table.aligned, table: answer.table)
    }
}
