import Foundation
import Testing

@Suite("store commands", .serialized)
struct StoreCommandTests {
    @Test("ingest, ask, correct, share the correction: the seed end to end through the store")
    func ingestAskCorrect() throws {
        let corpus = try TemporaryCorpus()
        let data = TemporaryCorpus.repository("Data").path
        let store = ["--data", data, "--db", corpus.path("one.sqlite")]

        let ingest = try CommandRunner.run(["ingest"] + store + [data + "/corpus"])
        #expect(ingest.status == 0, "\(ingest.standardError)")
        #expect(ingest.standardOutput.contains("added"))
        let again = try CommandRunner.run(["ingest"] + store + [data + "/corpus"])
        #expect(again.standardOutput.contains("0 added, 0 replaced"))

        let who = try CommandRunner.run(["who", "Filippov"] + store)
        #expect(who.status == 0)
        #expect(who.standardOutput.hasPrefix("Stalin  [stalin]  Wikidata Q855"))
        let json = try CommandRunner.run(["who", "Filippov", "--json"] + store)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(decoded?["id"] as? String == "stalin")

        let between = try CommandRunner.run(["between", "Mao Zedong", "Filippov", "--csv"] + store)
        #expect(between.status == 0)
        #expect(between.standardOutput.hasPrefix("date,type,from,to,via,names used,basis,document"))
        #expect(between.standardOutput.contains("1952-03-11,Cable,Mao Zedong,Stalin"))

        let missing = try CommandRunner.run(["who", "Molotof"] + store)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("Molotov"))

        // A correction, shared through the curation file, holds in another store.
        let alias = try CommandRunner.run(
            ["alias", "add", "Comrade Fyn", "stalin", "--note", "the 1950 drafts; name\twith a tab"] + store)
        #expect(alias.status == 0, "\(alias.standardError)")
        let export = try CommandRunner.run(["curation", "export", corpus.path("team.tsv"), "--db", corpus.path("one.sqlite")])
        #expect(export.status == 0, "\(export.standardError)")
        let file = try String(contentsOfFile: corpus.path("team.tsv"), encoding: .utf8)
        #expect(file.contains("alias\tadd\tComrade Fyn\tstalin\t\t\tthe 1950 drafts; name with a tab\n"))
        let other = ["--data", data, "--db", corpus.path("two.sqlite")]
        #expect(try CommandRunner.run(["ingest"] + other + [data + "/corpus"]).status == 0)
        let imported = try CommandRunner.run(["curation", "import", corpus.path("team.tsv"), "--db", corpus.path("two.sqlite")])
        #expect(imported.status == 0, "\(imported.standardError)")
        let whoFyn = try CommandRunner.run(["who", "Comrade Fyn"] + other)
        #expect(whoFyn.standardOutput.hasPrefix("Stalin  [stalin]"))
    }

    @Test("a curation file with a bad line names the file and line, and changes nothing")
    func badCurationFile() throws {
        let corpus = try TemporaryCorpus()
        let store = ["--db", corpus.path("store.sqlite")]
        try corpus.write("team.tsv", bytes: Array("alias\tadd\tFyn Si\tstalin\t\t\tok\nlink\tadd\tdoc:a\n".utf8))
        let imported = try CommandRunner.run(["curation", "import", corpus.path("team.tsv")] + store)
        #expect(imported.status != 0)
        #expect(imported.standardError.contains(corpus.path("team.tsv") + ":2:"))
        let export = try CommandRunner.run(["curation", "export", "-"] + store)
        #expect(!export.standardOutput.contains("Fyn Si"))
    }

    @Test("the store path comes from --db, else CHANCERY_DB, else ./chancery.sqlite")
    func storeLocation() throws {
        let corpus = try TemporaryCorpus()
        let data = TemporaryCorpus.repository("Data").path
        let seed = data + "/corpus/000_87a51a3ade27ead9.txt"
        let fromEnvironment = try CommandRunner.run(
            ["ingest", "--data", data, seed], in: corpus.root, environment: ["CHANCERY_DB": corpus.path("env.sqlite")])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.standardError)")
        #expect(FileManager.default.fileExists(atPath: corpus.path("env.sqlite")))
        let inFolder = try CommandRunner.run(["ingest", "--data", data, seed], in: corpus.root, environment: ["CHANCERY_DB": ""])
        #expect(inFolder.status == 0, "\(inFolder.standardError)")
        #expect(FileManager.default.fileExists(atPath: corpus.path("chancery.sqlite")))
    }
}
