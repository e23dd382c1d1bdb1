import ArgumentParser
import Chancery
import Foundation

/// `chancery bench …`: the benchmarks whose figures the README reports.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: print the figures the README reports.", subcommands: [Render.self])

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render one graph many times in-process; report time and memory.")

        @Option(help: "How many renders.") var count = 2_000
        @Option(help: "Output format.") var format = "svg"
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let result = try RenderBenchmark(count: count, format: OutputFormat.named(format)).run()
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(
                    "renders: \(result.renders) in \(String(format: "%.2f", result.seconds)) s (\(Int(result.rendersPerSecond))/s)"
                )
                print("resident memory: \(result.residentBefore / 1024) KiB before, \(result.residentAfter / 1024) KiB after")
            }
        }
    }
}
