import Foundation
import Testing

@Suite("chancery command line", .serialized)
struct ChanceryCLITests {
    let seed = try! Data(contentsOf: TemporaryCorpus.repository("Data/corpus/000_87a51a3ade27ead9.txt"))

    @Test("the main job reports the seed's facts and writes svg and pdf through libgvc")
    func mainJob() throws {
        let corpus = try TemporaryCorpus()
        let data = try corpus.dataFolder()
        try corpus.write("Data/corpus/seed.txt", bytes: Array(seed))
        let output = try CommandRunner.run(["--data", data.path, "--output", corpus.path("Output")])
        #expect(output.status == 0, "\(output.standardError)")
        let report = output.standardOutput
        #expect(report.contains("Date        1952-03-11"))
        #expect(report.contains("Sender      Mao Zedong"))
        #expect(report.contains("Recipient   Stalin, addressed as \u{201C}Filippov\u{201D} (resolved by footnote 2"))
        #expect(report.contains("Filippov is Stalin."))
        #expect(report.contains("Liaoyang") && report.contains("Dongfeng") && report.contains("Shenyang"))
        #expect(report.contains("Reply       1952-03-12 Stalin \u{2192} Mao Zedong"))
        #expect(report.contains("footnote 3"))
        let svg = try String(contentsOfFile: corpus.path("Output/exchange.svg"), encoding: .utf8)
        #expect(svg.contains("(as Filippov)"))
        #expect(svg.contains("Translated") || svg.contains("trans. Charles Kraus"))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: corpus.path("Output/exchange.pdf")))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
    }

    @Test("the diagrams committed in Output/ are the ones the main job draws now, byte for byte")
    func committedDiagramsAreCurrent() throws {
        let corpus = try TemporaryCorpus()
        let data = TemporaryCorpus.repository("Data").path
        let output = try CommandRunner.run(["--data", data, "--output", corpus.path("Output")])
        #expect(output.status == 0, "\(output.standardError)")
        let committed = TemporaryCorpus.repository("Output")
        let drawn = try FileManager.default.contentsOfDirectory(atPath: corpus.path("Output")).filter { $0.hasSuffix(".svg") }
            .sorted()
        #expect(drawn.contains("chart.svg") && drawn.contains("network.svg") && drawn.contains("thread.svg"))
        for name in drawn {
            let now = try Data(contentsOf: URL(fileURLWithPath: corpus.path("Output/" + name)))
            let kept = try? Data(contentsOf: committed.appendingPathComponent(name))
            #expect(kept == now, "Output/\(name) is out of date: run `swift run chancery` and commit it")
        }
    }

    @Test("bad inputs are named on stderr with a failing status, and the good file is still read")
    func badInputs() throws {
        let corpus = try TemporaryCorpus()
        let data = try corpus.dataFolder()
        try corpus.write("in/good.txt", bytes: Array(seed))
        try corpus.write("in/binary.bin", bytes: [0x47, 0x49, 0x46, 0x38, 0x0A, 0x00, 0x01, 0x02])
        try corpus.write("in/latin1.txt", bytes: Array("March 11, 1952\n\nCable\n\nd".utf8) + [0xE9, 0x0A])
        try corpus.folder("empty")
        let output = try CommandRunner.run([
            "extract", "--data", data.path, corpus.path("in"), corpus.path("missing.txt"), corpus.path("empty"),
        ])
        #expect(output.status != 0)
        let errors = output.standardError
        #expect(errors.contains(corpus.path("missing.txt") + ": no such file or folder"))
        #expect(errors.contains(corpus.path("empty") + ": the folder holds no files to read"))
        #expect(errors.contains(corpus.path("in/binary.bin") + ":2: binary data"))
        #expect(errors.contains(corpus.path("in/latin1.txt") + ":5: not UTF-8"))
        #expect(output.standardOutput.contains("Recipient   Stalin, addressed as \u{201C}Filippov\u{201D}"))
    }

    @Test("a broken file in the default corpus does not stop the main job")
    func brokenFileInCorpus() throws {
        let corpus = try TemporaryCorpus()
        let data = try corpus.dataFolder()
        try corpus.write("Data/corpus/seed.txt", bytes: Array(seed))
        try corpus.write("Data/corpus/broken.txt", bytes: [0xFF, 0xFE, 0x00])
        let output = try CommandRunner.run(["demo", "--data", data.path, "--output", corpus.path("Output")])
        #expect(output.status != 0)
        #expect(output.standardError.contains("broken.txt"))
        #expect(output.standardOutput.contains("Sender      Mao Zedong"))
        #expect(FileManager.default.fileExists(atPath: corpus.path("Output/exchange.svg")))
    }

    @Test("a broken authority file is reported with its file and line")
    func brokenAuthority() throws {
        let corpus = try TemporaryCorpus()
        let data = try corpus.dataFolder()
        let names = data.appendingPathComponent("authorities/names.tsv")
        var text = try String(contentsOf: names, encoding: .utf8)
        text += "stalin\tonly three\tcells\n"
        try text.write(to: names, atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["demo", "--data", data.path, "--output", corpus.path("Output")])
        #expect(output.status != 0)
        #expect(output.standardError.contains("names.tsv:"))
        #expect(output.standardError.contains("expected 7 tab-separated cells, found 3"))
    }
}

@Suite("renderer memory")
struct RendererMemoryTests {
    /// In a process of its own, so that other tests' allocations do not count.
    @Test("2,000 renders keep resident memory flat")
    func noLeak() throws {
        let output = try CommandRunner.run(["bench", "render", "--count", "2000", "--json"])
        #expect(output.status == 0, "\(output.standardError)")
        let result = try JSONDecoder().decode(Growth.self, from: Data(output.standardOutput.utf8))
        #expect(result.renders == 2000)
        #expect(
            result.residentAfter - result.residentBefore < 2 * 1_048_576,
            "grew by \((result.residentAfter - result.residentBefore) / 1024) KiB")
    }

    struct Growth: Decodable {
        var renders: Int
        var residentBefore: Int
        var residentAfter: Int
    }
}

@Suite("chancery extract and eval")
struct ExtractAndEvalTests {
    let data = TemporaryCorpus.repository("Data").path

    @Test("extract --json writes the gold format, with the evidence of each finding")
    func extractJSON() throws {
        let output = try CommandRunner.run([
            "extract", "--json", "--data", data, TemporaryCorpus.repository("Data/corpus/000_87a51a3ade27ead9.txt").path,
        ])
        #expect(output.status == 0, "\(output.standardError)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        let record = try #require(records.first)
        for key in [
            "file", "title", "date", "doc_type", "senders", "recipients", "via", "aliases", "persons", "places", "dates_in_text",
            "replies_to", "mentioned_replies", "apparatus_persons",
        ] {
            #expect(record[key] != nil, "missing \(key)")
        }
        #expect(record["date"] as? String == "1952-03-11")
        #expect(record["senders"] as? [String] == ["Mao Zedong"])
        #expect(record["recipients"] as? [String] == ["Stalin"])
        let aliases = try #require(record["aliases"] as? [[String: Any]])
        #expect(aliases.first?["alias"] as? String == "Filippov")
        #expect(aliases.first?["resolved_in_text"] as? Bool == true)
        let evidence = try #require(record["evidence"] as? [String: Any])
        let parties = try #require(evidence["parties"] as? [[String: Any]])
        #expect(parties.contains { $0["text"] as? String == "Filippov" && $0["line"] as? Int == 29 })
    }

    @Test("eval --json reports every field with its counts, and scores other tools' records")
    func evalJSON() throws {
        let gold = TemporaryCorpus.repository("Tests/ChanceryTests/Fixtures/seed/seed.gold.json").path
        let corpus = TemporaryCorpus.repository("Data/corpus").path
        let output = try CommandRunner.run(["eval", "--json", "--data", data, "--gold", gold, corpus])
        #expect(output.status == 0, "\(output.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        #expect(report["documents"] as? Int == 1)
        let fields = try #require(report["fields"] as? [String: [String: Any]])
        #expect(fields["date"]?["accuracy"] as? Double == 1)
        #expect(fields["places"]?["f1"] as? Double == 1)
        #expect(fields["places"]?["gold"] as? Int == 7)

        let scratch = try TemporaryCorpus()
        let predictions = try scratch.write(
            "p.json",
            bytes: Array(#"[{"file": "000_87a51a3ade27ead9.txt", "persons": ["Mao Tse-tung"], "places": ["Mukden"]}]"#.utf8))
        let peer = try CommandRunner.run([
            "eval", "--json", "--data", data, "--gold", gold, corpus, "--predictions", predictions.path,
        ])
        let peerReport = try #require(try JSONSerialization.jsonObject(with: Data(peer.standardOutput.utf8)) as? [String: Any])
        let peerFields = try #require(peerReport["fields"] as? [String: [String: Any]])
        #expect(peerFields["persons"]?["precision"] as? Double == 1)
        #expect(peerFields["places"]?["precision"] as? Double == 1)
        #expect(peerFields["places"]?["recall"] as? Double ?? 1 < 0.2)
    }

    @Test("a gold file that is not JSON is an error naming it")
    func badGold() throws {
        let scratch = try TemporaryCorpus()
        let gold = try scratch.write("bad.json", bytes: Array("[{\"file\": ".utf8))
        let output = try CommandRunner.run(["eval", "--data", data, "--gold", gold.path, scratch.root.path])
        #expect(output.status != 0)
        #expect(output.standardError.contains(gold.path))
    }
}
