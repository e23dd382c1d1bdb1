import ArgumentParser
import Chancery

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
