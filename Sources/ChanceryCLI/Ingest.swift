import ArgumentParser
import Chancery

/// `chancery ingest PATH…`: read files into the corpus store, once.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read files and folders into the corpus store; unchanged files are skipped, changed ones replaced.")

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Flag(help: "Drop the facts of stored files that are no longer under the paths given.")
    var prune = false

    @Flag(help: "Wait for another ingest of the same store to finish instead of failing.")
    var wait = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        var ingester = Ingester(store: try store.open(), knowledge: try Knowledge.load(dataDirectory: try data.directory()))
        ingester.prune = prune
        ingester.waitForLock = wait
        let bar = ProgressBar()
        let report = try ingester.run(paths) { bar.update($0) }
        bar.finish()
        var summary = "\(report.files) files: \(report.added) added, \(report.replaced) replaced, \(report.unchanged) unchanged"
        if prune { summary += ", \(report.removed) removed" }
        summary += "; \(report.documents) documents read in \(String(format: "%.1f", report.seconds)) s"
        if report.documents > 0 { summary += " (\(Int(report.documentsPerSecond)) documents/s)" }
        print(summary)
        for duplicate in report.duplicates { printError("note: \(duplicate) is already stored from another file; skipped") }
        for error in report.errors { printError("error: \(error)") }
        if !report.errors.isEmpty { throw ExitCode.failure }
    }
}
