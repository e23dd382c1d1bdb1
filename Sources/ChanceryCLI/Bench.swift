import ArgumentParser
import Chancery
import Foundation

/// `chancery bench …`: the benchmarks whose figures the README reports.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: print the figures the README reports.",
        subcommands: [Render.self, Extraction.self, Scaling.self, Ingest.self, Draw.self, Texts.self])

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render one graph many times in-process; report time and memory.")

        @Option(help: "How many renders.") var count = 2_000
        @Option(help: "Output format.") var format = "svg"
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let result = try RenderBenchmark(count: count, format: OutputFormat.named(format)).run()
            if json { return try printJSON(result) }
            print("renders: \(result.renders) in \(String(format: "%.2f", result.seconds)) s (\(Int(result.rendersPerSecond))/s)")
            print("resident memory: \(result.residentBefore / 1024) KiB before, \(result.residentAfter / 1024) KiB after")
        }
    }

    struct Extraction: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extraction speed (words per second, fastest of several runs) and F1 on a gold set.")

        @OptionGroup var data: DataOptions
        @Option(help: "The gold annotations.") var gold: String
        @Argument(help: "The folder the gold's files are in.") var directory: String
        @Option(help: "Threads (1 measures one core).") var threads = 1
        @Option(name: .customLong("repeat"), help: "Runs; the fastest is reported.") var runs = 5
        @Flag(help: "Print JSON.") var json = false

        struct Figures: Encodable {
            var documents: Int
            var words: Int
            var seconds: Double
            var wordsPerSecond: Double
            var threads: Int
            var f1: [String: Double]
        }

        func run() throws {
            let knowledge = try Knowledge.load(dataDirectory: try data.directory())
            let outcome = Evaluation(knowledge: knowledge, threads: threads, repetitions: runs)
                .run(gold: try Chancery.Evaluation.loadGold(gold), directory: directory)
            var f1: [String: Double] = [:]
            for (field, score) in outcome.report.fields { f1[field] = score.f1 ?? score.accuracy }
            let figures = Figures(
                documents: outcome.report.documents, words: outcome.words, seconds: outcome.seconds,
                wordsPerSecond: Double(outcome.words) / max(outcome.seconds, 1e-9), threads: threads, f1: f1)
            if json { return try printJSON(figures) }
            print(
                "\(figures.documents) documents, \(figures.words) words in \(String(format: "%.4f", figures.seconds)) s on \(threads) thread(s): \(Int(figures.wordsPerSecond)) words/s"
            )
            print(outcome.report.table, terminator: "")
        }
    }

    struct Scaling: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time to read documents of growing size: flat microseconds per kilobyte means linear time.")

        @OptionGroup var data: DataOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let rows = ScalingBenchmark(knowledge: try Knowledge.load(dataDirectory: try data.directory())).run()
            if json { return try printJSON(rows) }
            print("kind                bytes       seconds   µs/KB")
            for row in rows {
                print(
                    row.kind.padding(toLength: 20, withPad: " ", startingAt: 0)
                        + String(row.bytes).padding(toLength: 12, withPad: " ", startingAt: 0)
                        + String(format: "%-10.4f%.1f", row.seconds, row.microsecondsPerKilobyte))
            }
        }
    }

    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a synthetic corpus, ingest it into a fresh store, time queries and score reply links.")

        @OptionGroup var data: DataOptions
        @Option(help: "How many synthetic documents.") var docs = 100_000
        @Option(help: "The generator's seed.") var seed: UInt64 = 1952
        @Option(help: "Threads for extraction (default: all cores).") var threads: Int?
        @Option(help: "Keep the corpus and store in this folder instead of a temporary one.") var keep: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let benchmark = IngestBenchmark(
                knowledge: try Knowledge.load(dataDirectory: try data.directory()), documents: docs, seed: seed,
                threads: threads, directory: keep)
            let bar = ProgressBar()
            let figures = try benchmark.run { bar.update($0) }
            bar.finish()
            if json { return try printJSON(figures) }
            func decimal(_ value: Double, _ places: Int = 1) -> String { String(format: "%.\(places)f", value) }
            print("documents:        \(figures.documents) on \(figures.threads) thread(s)")
            print("generate:         \(decimal(figures.generateSeconds)) s")
            print("ingest:           \(decimal(figures.ingestSeconds)) s (\(Int(figures.documentsPerSecond)) documents/s)")
            print("re-ingest:        \(decimal(figures.reingestSeconds)) s (all unchanged)")
            print("peak memory:      \(figures.peakResidentBytes / 1_048_576) MiB")
            print("store:            \(figures.storeBytes / 1_048_576) MiB")
            print("who:              \(decimal(figures.whoMilliseconds, 2)) ms (median)")
            print("thread:           \(decimal(figures.threadMilliseconds, 2)) ms (median)")
            print("between:          \(decimal(figures.betweenMilliseconds, 2)) ms (median)")
            print(
                "reply links:      precision \(decimal(figures.replyPrecision, 3)), recall \(decimal(figures.replyRecall, 3)) (\(figures.replyLinksFound) found, \(figures.replyLinksTrue) true)"
            )
        }
    }

    struct Draw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a large chart and a large network; compare with dot and neato under a deadline.",
            discussion: """
                Each case runs in a child process of its own, so that its peak memory is its own and a \
                peer that runs past the deadline can be stopped.
                """)

        @Option(help: "Messages in the chart.") var messages = 5_000
        @Option(help: "People in the chart's correspondence.") var chartPeople = 60
        @Option(help: "People in the network.") var people = 2_000
        @Option(help: "Messages among the network's people.") var networkMessages = 6_000
        @Option(help: "Seconds a peer may run before it is stopped.") var deadline = 60.0
        @Flag(help: "Skip the peers (dot on a timeline, neato on the network).") var noPeers = false
        @Option(parsing: .upToNextOption, help: "Smaller charts dot also lays out, to show how its time grows.")
        var smallerCharts = [100, 200, 500]
        @Option(help: .hidden) var only: DrawBenchmark.Case?
        @Flag(help: "Print JSON.") var json = false

        var benchmark: DrawBenchmark {
            DrawBenchmark(
                chartMessages: messages, chartPeople: chartPeople, networkPeople: people, networkMessages: networkMessages)
        }

        /// A case's figures, or how long it ran before it was stopped.
        struct Outcome: Encodable {
            var task: String
            var messages: Int
            var figures: DrawBenchmark.Figures?
            /// Why there are no figures: stopped at the deadline, or killed (by the kernel when
            /// memory runs out).
            var stopped: String?
        }

        func run() throws {
            if let only {
                return try printJSON(try benchmark.run(only, repeatRender: !only.isPeer))
            }
            let cases = DrawBenchmark.Case.allCases.filter { !noPeers || !$0.isPeer }
            var runs = cases.map { ($0, messages) }
            if !noPeers {
                // dot's time at smaller charts shows how it grows.
                let index = runs.firstIndex { $0.0 == .timelineWithDot } ?? runs.endIndex
                runs.insert(contentsOf: smallerCharts.filter { $0 < messages }.map { (.timelineWithDot, $0) }, at: index)
            }
            var outcomes: [Outcome] = []
            for (task, count) in runs {
                outcomes.append(try child(task, messages: count, deadline: task.isPeer ? deadline : nil))
                if !json {
                    print(Self.line(outcomes[outcomes.count - 1]))
                    fflush(nil)
                }
            }
            if json { try printJSON(outcomes) }
        }

        /// Runs one case in a child process of this executable, stopped at the deadline.
        func child(_ task: DrawBenchmark.Case, messages: Int, deadline: Double?) throws -> Outcome {
            let process = Process()
            process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = [
                "bench", "draw", "--only", task.rawValue, "--messages", "\(messages)", "--chart-people", "\(chartPeople)",
                "--people", "\(people)", "--network-messages", "\(networkMessages)",
            ]
            let output = Pipe()
            process.standardOutput = output
            let start = Date()
            try process.run()
            while process.isRunning {
                if let deadline, Date().timeIntervalSince(start) > deadline {
                    process.terminate()
                    process.waitUntilExit()
                    return Outcome(task: task.rawValue, messages: messages, stopped: "stopped after \(Int(deadline)) s")
                }
                Foundation.Thread.sleep(forTimeInterval: 0.05)
            }
            // The figures are a few hundred bytes: the pipe holds them until the child ends.
            let bytes = output.fileHandleForReading.readDataToEndOfFile()
            if process.terminationReason == .uncaughtSignal {
                let seconds = Int(Date().timeIntervalSince(start))
                return Outcome(
                    task: task.rawValue, messages: messages,
                    stopped: "killed by signal \(process.terminationStatus) after \(seconds) s")
            }
            guard process.terminationStatus == 0 else {
                throw ValidationError("the \(task.rawValue) case failed with status \(process.terminationStatus)")
            }
            return Outcome(
                task: task.rawValue, messages: messages,
                figures: try JSONDecoder().decode(DrawBenchmark.Figures.self, from: bytes))
        }

        static func line(_ outcome: Outcome) -> String {
            let name = outcome.task.padding(toLength: 15, withPad: " ", startingAt: 0)
            guard let figures = outcome.figures else {
                return name + String(format: "%5d messages", outcome.messages)
                    + "               \(outcome.stopped ?? "stopped"), without a drawing"
            }
            let same = figures.identical.map { $0 ? ", same bytes twice" : ", DIFFERENT bytes twice" } ?? ""
            return name
                + String(
                    format:
                        "%5d messages %5d people  %-5@ build %.2f s + layout and SVG %.2f s = %.2f s, %d KiB SVG, peak %d MiB",
                    figures.messages, figures.people, figures.engine as NSString, figures.buildSeconds, figures.renderSeconds,
                    figures.totalSeconds, figures.svgBytes / 1024, figures.peakResidentBytes / 1_048_576) + same
        }
    }

    struct Texts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The historical text of each gold document, as Chancery reads it, as JSON: for peer tools.")

        @OptionGroup var data: DataOptions
        @Option(help: "The gold annotations.") var gold: String
        @Argument(help: "The folder the gold's files are in.") var directory: String

        struct Item: Encodable {
            var file: String
            var text: String
            var words: Int
        }

        func run() throws {
            let knowledge = try Knowledge.load(dataDirectory: try data.directory())
            let records = try Chancery.Evaluation.loadGold(gold)
            let (documents, errors) = Evaluation(knowledge: knowledge).load(gold: records, directory: directory)
            for error in errors { printError("error: \(error)") }
            let items = documents.map { item in
                Item(file: item.file, text: HistoricalText.of(item.document), words: WordCount.of(item.document))
            }
            try printJSON(items)
        }
    }
}

extension DrawBenchmark.Case: ExpressibleByArgument {}
