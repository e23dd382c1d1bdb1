import ArgumentParser
import Chancery
import Foundation

/// `chancery export FORMAT`: the correspondence the filters select, for Gephi, graph tools,
/// Palladio, letter indexes or programs.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the correspondence as gexf, graphml, csv (Palladio), cmif or json.",
        discussion: ExportFormat.allCases.map { format in
            format.rawValue + String(repeating: " ", count: 9 - format.rawValue.count) + format.summary
        }.joined(separator: "\n"))

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: TimelineOptions

    @Argument(help: "The format, one of those above.") var format: ExportFormat
    @Option(
        name: .shortAndLong,
        help: "The file to write, or for csv the folder (default Output/correspondence.EXT, Output/ for csv); - prints to stdout."
    )
    var output: String?
    @Option(help: "The title written in the GEXF and CMIF headers.") var title = "Correspondence exported by Chancery"

    func validate() throws {
        if output == "-" && !format.isSingleFile {
            throw ValidationError("csv writes two files (nodes.csv and edges.csv): give --output a folder")
        }
    }

    func run() throws {
        let query = try openQuery(data, store)
        let graph = try query.correspondence(try filters.filter())
        let exporter = GraphExporter(knowledge: query.knowledge, title: title, generated: Self.today())
        let files = exporter.files(graph, format: format)
        if output == "-" {
            for file in files { FileHandle.standardOutput.write(Data(file.bytes)) }
            return
        }
        for file in files {
            let path: String
            if format.isSingleFile {
                path = output ?? "Output/" + file.name
            } else {
                path = ((output ?? "Output") as NSString).appendingPathComponent(file.name)
            }
            try OutputFile.write(file.bytes, to: path)
            print("Wrote \(path)")
        }
    }

    /// Today, as an ISO day; the day of `$SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when it
    /// is set, so that an export can be made again byte for byte.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        var now = Date()
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) {
            now = Date(timeIntervalSince1970: epoch)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month, day: parts.day).iso
    }
}

extension ExportFormat: ExpressibleByArgument {}
