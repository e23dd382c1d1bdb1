import ArgumentParser
import Chancery
import Foundation

/// Options every subcommand that reads `Data/` shares.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"), help: "The Data folder (authorities, gazetteer, corpus). Default: ./Data or $CHANCERY_DATA.")
    var dataPath: String?

    /// The Data folder, or a validation error saying how to point at one.
    func directory() throws -> String {
        guard let path = DataDirectory.locate(explicit: dataPath) else {
            throw ValidationError("cannot find the Data folder; run from the repository or pass --data PATH")
        }
        return path
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    var standardError = StandardError()
    print(message, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.writeToStandardError(string)
    }
}

/// The corpus store option every store command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The corpus database. Default: ./chancery.sqlite, or $CHANCERY_DB.")
    var databasePath: String?

    func open() throws -> CorpusStore {
        try CorpusStore(path: databasePath ?? CorpusStore.defaultPath)
    }
}

/// `--json` and `--csv` for programs; an aligned table for people by default.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print CSV.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose --json or --csv, not both") }
    }

    /// Prints a table in the chosen form.
    func print(_ table: QueryTable) {
        Swift.print(json ? table.json : csv ? table.csv : table.aligned, terminator: "")
    }

    /// Prints rows as JSON (when `--json`), else as their table, aligned or CSV.
    func print<T: Encodable>(_ rows: T, as table: @autoclosure () -> QueryTable) throws {
        if json { try printJSON(rows) } else { print(table()) }
    }

    /// Prints a value as JSON (when `--json`), else the text for people.
    func print<T: Encodable>(_ value: T, text: String, table: QueryTable? = nil) throws {
        if json {
            try printJSON(value)
        } else if csv, let table {
            Swift.print(table.csv, terminator: "")
        } else {
            Swift.print(text, terminator: "")
        }
    }
}

/// Prints a value as JSON for programs: pretty, keys sorted, slashes not escaped.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Opens the store and the knowledge, for the query commands.
func openQuery(_ data: DataOptions, _ store: StoreOptions) throws -> CorpusQuery {
    CorpusQuery(store: try store.open(), knowledge: try Knowledge.load(dataDirectory: try data.directory()))
}

/// Parses an EDTF date given on the command line.
func parseDate(_ text: String?, option: String) throws -> CalendarDate? {
    guard let text else { return nil }
    guard let date = HistoricalDate(edtf: text) else {
        throw ValidationError("\(option) '\(text)' is not a date (1952, 1952-03, 1952-03-11)")
    }
    return date.start
}
