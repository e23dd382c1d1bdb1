import ArgumentParser
import Chancery

/// `chancery who NAME`.
struct Who: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who a name is: the entity, all its names with their evidence and periods, counts by role.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A name in any form (Filippov, Mao Tse-tung, Сталин) or an entity id.") var name: String

    func run() throws {
        let answer = try openQuery(data, store).who(name)
        try output.print(answer, text: answer.text, table: answer.table)
    }
}
