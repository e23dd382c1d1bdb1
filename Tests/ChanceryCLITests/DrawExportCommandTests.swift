import Foundation
import Testing

@Suite("draw and export commands", .serialized)
struct DrawExportCommandTests {
    @Test("draw writes each format asked for, and says what is missing with a failing status")
    func draw() throws {
        let corpus = try TemporaryCorpus()
        let data = TemporaryCorpus.repository("Data").path
        let store = ["--data", data, "--db", corpus.path("c.sqlite")]
        #expect(try CommandRunner.run(["ingest"] + store + [data + "/corpus"]).status == 0)

        let chart = try CommandRunner.run(
            [
                "draw", "chart", "--between", "Mao Zedong", "Filippov", "--from", "1952", "--to", "1952", "-o",
                corpus.path("mao.svg"),
                "--format", "svg,pdf,png", "--dpi", "72",
            ] + store)
        #expect(chart.status == 0, "\(chart.standardError)")
        let svg = try String(contentsOfFile: corpus.path("mao.svg"), encoding: .utf8)
        #expect(svg.contains("Correspondence between Mao Zedong and Filippov, 1952"))
        #expect(svg.contains("(as Filippov"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.path("mao.pdf"))).starts(with: Array("%PDF-".utf8)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.path("mao.png"))).starts(with: [0x89, 0x50, 0x4E, 0x47]))

        let thread = try CommandRunner.run(["draw", "thread", "-o", corpus.path("t.svg")] + store)
        #expect(thread.status != 0)
        #expect(thread.standardError.contains("--message"))
        let nobody = try CommandRunner.run(["draw", "ego", "--person", "Molotof", "-o", corpus.path("e.svg")] + store)
        #expect(nobody.status != 0)
        #expect(nobody.standardError.contains("Molotov"))
        #expect(!FileManager.default.fileExists(atPath: corpus.path("e.svg")))

        // A place that cannot hold the file is named, with the system's reason.
        let blocked = try corpus.write("blocked", bytes: Array("a file, not a folder".utf8)).path
        let unwritable = try CommandRunner.run(["draw", "chart", "-o", blocked + "/chart.svg"] + store)
        #expect(unwritable.status != 0)
        #expect(unwritable.standardError.contains("cannot write \(blocked)/chart.svg: "), "\(unwritable.standardError)")
        let export = try CommandRunner.run(["export", "gexf", "-o", blocked + "/c.gexf"] + store)
        #expect(export.status != 0)
        #expect(export.standardError.contains("cannot write \(blocked)/c.gexf: "), "\(export.standardError)")
    }

    @Test("export writes each format, the same bytes for the same day, and CMIF reads back")
    func export() throws {
        let corpus = try TemporaryCorpus()
        let data = TemporaryCorpus.repository("Data").path
        let store = ["--data", data, "--db", corpus.path("c.sqlite")]
        #expect(try CommandRunner.run(["ingest"] + store + [data + "/corpus"]).status == 0)
        let day = ["SOURCE_DATE_EPOCH": "1700000000"]

        let gexf = try CommandRunner.run(["export", "gexf", "-o", "-"] + store, environment: day)
        #expect(gexf.status == 0, "\(gexf.standardError)")
        #expect(gexf.standardOutput.contains("<meta lastmodifieddate=\"2023-11-14\">"))
        #expect(
            try CommandRunner.run(["export", "gexf", "-o", "-"] + store, environment: day).standardOutput == gexf.standardOutput)

        let csv = try CommandRunner.run(["export", "csv", "-o", corpus.path("palladio")] + store)
        #expect(csv.status == 0, "\(csv.standardError)")
        let edges = try String(contentsOfFile: corpus.path("palladio/edges.csv"), encoding: .utf8)
        #expect(edges.hasPrefix("Source,Target,"))
        #expect(try CommandRunner.run(["export", "csv", "-o", "-"] + store).status != 0)

        // The calendar's 174 messages and the seed's footnoted reply, out as CMIF and in again.
        let cmif = try CommandRunner.run(["export", "cmif", "-o", corpus.path("letters.xml")] + store)
        #expect(cmif.status == 0, "\(cmif.standardError)")
        let back = ["--data", data, "--db", corpus.path("back.sqlite")]
        let ingest = try CommandRunner.run(["ingest"] + back + [corpus.path("letters.xml")])
        #expect(ingest.status == 0, "\(ingest.standardError)")
        let asked = try CommandRunner.run(["between", "Mao Zedong", "Stalin", "--csv"] + store)
        #expect(asked.status == 0, "\(asked.standardError)")
        let original = asked.standardOutput
        let reread = try CommandRunner.run(["between", "Mao Zedong", "Stalin", "--csv"] + back).standardOutput
        // Date, type, parties, intermediaries and the names used; not the basis and the document,
        // which are now the letter index.
        func rows(_ csv: String) -> [String] {
            csv.split(whereSeparator: \.isNewline).dropFirst().map { row in
                row.split(separator: ",", omittingEmptySubsequences: false).dropLast(2).joined(separator: ",")
            }
        }
        #expect(rows(original).count > 60)
        #expect(rows(reread) == rows(original))
    }
}
