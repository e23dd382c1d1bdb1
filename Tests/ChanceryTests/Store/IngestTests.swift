import Foundation
import Testing

@testable import Chancery

@Suite("ingest")
struct IngestTests {
    /// A synthetic corpus of `documents` pages in a scratch folder, and a store beside it.
    static func corpus(_ documents: Int, seed: UInt64 = 7) throws -> (ScratchFolder, [GoldRecord], CorpusStore) {
        let folder = try ScratchFolder()
        let truth = try SyntheticCorpus(documents: documents, seed: seed).write(to: folder.path("corpus"))
        return (folder, truth, try CorpusStore(path: folder.path("store.sqlite")))
    }

    @Test("an unchanged corpus is a no-op, a changed file replaces its facts, and --prune drops files that are gone")
    func incremental() throws {
        let (folder, _, store) = try Self.corpus(60)
        var ingester = Ingester(store: store, knowledge: Fixture.knowledge)
        let first = try ingester.run([folder.path("corpus")])
        #expect(first.added == 60 && first.documents == 60 && first.errors.isEmpty && first.relinked)
        let counts = try store.counts()
        #expect(counts["file"] == 60 && counts["document"] == 60)

        let again = try ingester.run([folder.path("corpus")])
        #expect(again.unchanged == 60 && again.added == 0 && again.documents == 0 && !again.relinked)
        #expect(try store.counts() == counts)

        // The seed replaces a synthetic page: its facts come in, the page's go.
        let replaced = "corpus/0000/synthetic-000003.txt"
        try folder.write(try String(contentsOfFile: Fixture.seedPath, encoding: .utf8), to: replaced)
        let query = CorpusQuery(store: store, knowledge: Fixture.knowledge)
        let third = try ingester.run([folder.path("corpus")])
        #expect(third.replaced == 1 && third.unchanged == 59 && third.documents == 1)
        #expect(try query.mentions("Liaoyang").contains { $0.document.hasSuffix("synthetic-000003.txt") })
        #expect(throws: StoreError.self) { try query.thread("record:\(SyntheticCorpus.firstRecordID + 3)") }
        #expect(try store.counts()["document"] == 60)

        #expect(try query.search("synthetic page 5").contains { $0.document.hasSuffix("synthetic-000004.txt") })
        try FileManager.default.removeItem(atPath: folder.path("corpus/0000/synthetic-000004.txt"))
        let kept = try ingester.run([folder.path("corpus")])
        #expect(kept.removed == 0)
        #expect(try store.counts()["file"] == 60)
        ingester.prune = true
        let pruned = try ingester.run([folder.path("corpus")])
        #expect(pruned.removed == 1)
        #expect(try store.counts()["file"] == 59)
        #expect(try query.search("synthetic page 5").allSatisfy { !$0.document.hasSuffix("synthetic-000004.txt") })
    }

    @Test("reply links on synthetic ground truth: every stated reply found, none invented")
    func replyLinks() throws {
        let (folder, truth, store) = try Self.corpus(2_000, seed: 11)
        _ = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("corpus")])
        let score = try IngestBenchmark.replyScore(store: store, truth: truth, corpus: folder.path("corpus"))
        #expect(score.truth > 50)
        #expect(score.precision >= 0.95, "precision \(score.precision)")
        #expect(score.recall >= 0.9, "recall \(score.recall)")
    }

    @Test("a file that cannot be read is reported by name and the rest is stored")
    func badFile() throws {
        let (folder, _, store) = try Self.corpus(10)
        try folder.write("March 11, 1952\n\nCable\n\n", to: "corpus/broken.txt")
        try Data([0x41, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder.path("corpus/broken.txt")))
        let report = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("corpus")])
        #expect(report.errors.count == 1)
        #expect(report.errors.first.map { "\($0)" }?.contains("broken.txt:2") == true)
        #expect(try store.counts()["file"] == 10)
    }
}
