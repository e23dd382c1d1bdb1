import ArgumentParser
import Chancery

/// Filters shared by `timeline` and the diagram views.
struct TimelineOptions: ParsableArguments {
    @Option(help: "Messages this person sent, received, carried or took part in.") var person: String?
    @Option(parsing: .upToNextOption, help: "Messages between two people, either way (two names).") var between: [String] = []
    @Option(help: "From this date (EDTF: 1950, 1950-10, 1950-10-01).") var from: String?
    @Option(help: "Up to this date.") var to: String?
    @Option(help: "Messages sent from, or documents naming, this place.") var place: String?
    @Option(help: "Cable, Telegram, Letter, Memorandum of Conversation, …") var type: String?

    func validate() throws {
        guard between.isEmpty || between.count == 2 else { throw ValidationError("--between takes two names") }
    }

    func filter() throws -> TimelineFilter {
        TimelineFilter(
            person: person, between: between.count == 2 ? (between[0], between[1]) : nil,
            from: try parseDate(from, option: "--from"),
            to: try parseDate(to, option: "--to"), place: place, type: type)
    }
}

/// `chancery timeline`.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Messages and meetings in date order, filtered.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: TimelineOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let query = try openQuery(data, store)
        let rows = try query.timeline(try filters.filter())
        try output.print(rows, as: query.table(rows))
    }
}

/// `chancery between A B`.
struct Between: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Messages between two people, both directions, by date.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The first person.") var first: String
    @Argument(help: "The second person.") var second: String

    func run() throws {
        let query = try openQuery(data, store)
        let rows = try query.timeline(TimelineFilter(between: (first, second)))
        try output.print(rows, as: query.table(rows))
    }
}
