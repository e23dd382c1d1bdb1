import Foundation
import GRDB
import Synchronization
import Testing

@testable import Chancery

@Suite("store reliability")
struct StoreReliabilityTests {
    @Test("a file that is not SQLite is refused by name and left as it was")
    func notADatabase() throws {
        let folder = try ScratchFolder()
        try folder.write("my notes on the Filippov cables\n", to: "notes.sqlite")
        let before = try folder.bytes("notes.sqlite")
        #expect {
            try CorpusStore(path: folder.path("notes.sqlite"))
        } throws: { error in
            "\(error)".contains(folder.path("notes.sqlite")) && "\(error)".contains("left untouched")
        }
        #expect(try folder.bytes("notes.sqlite") == before)
    }

    @Test("another program's SQLite database is refused, named, and not changed (not even to WAL)")
    func foreignDatabase() throws {
        let folder = try ScratchFolder()
        let path = folder.path("zotero.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO items (title) VALUES ('x')")
        }
        let before = try folder.bytes("zotero.sqlite")
        #expect {
            try CorpusStore(path: path)
        } throws: { error in
            guard case StoreError.foreign(_, let tables) = error else { return false }
            return tables == ["items"] && "\(error)".contains(path)
        }
        #expect(try folder.bytes("zotero.sqlite") == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a damaged store gives a clear error and is not overwritten")
    func damagedStore() throws {
        let (folder, _, store) = try IngestTests.corpus(40)
        _ = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("corpus")])
        let path = folder.path("store.sqlite")
        try store.checkpoint()
        var bytes = try folder.bytes("store.sqlite")
        // Keep the header page; scribble over the rest.
        for index in 4_096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            let damaged = try CorpusStore(path: path)
            _ = try damaged.counts()
            _ = try CorpusQuery(store: damaged, knowledge: Fixture.knowledge).who("Filippov")
        } throws: { error in
            guard case StoreError.corrupt = error else { return false }
            return "\(error)".contains(path) && "\(error)".contains("damaged")
        }
        #expect(try folder.bytes("store.sqlite") == bytes)
    }

    @Test("two ingests at once: the second fails with a clear message, or waits for the first")
    func concurrentIngests() throws {
        let (folder, _, store) = try IngestTests.corpus(20)
        let path = try #require(store.path)
        let first = LockHolder(try IngestLock(storePath: path, wait: false))
        var second = Ingester(store: store, knowledge: Fixture.knowledge)
        #expect {
            try second.run([folder.path("corpus")])
        } throws: { error in
            "\(error)".contains("another chancery ingest is running") && "\(error)".contains("--wait")
        }
        #expect(try store.counts()["file"] == 0)

        second.waitForLock = true
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { first.release() }
        let report = try second.run([folder.path("corpus")])
        #expect(first.isReleased)
        #expect(report.added == 20)
    }

    /// An ingest lock that another thread lets go of.
    final class LockHolder: Sendable {
        private let lock: Mutex<IngestLock?>

        init(_ lock: IngestLock) { self.lock = Mutex(lock) }

        func release() { lock.withLock { $0 = nil } }

        var isReleased: Bool { lock.withLock { $0 == nil } }
    }

    @Test("curation survives re-ingest and prune, and stays in force")
    func curationSurvivesIngest() throws {
        let (folder, _, store) = try IngestTests.corpus(300, seed: 3)
        var ingester = Ingester(store: store, knowledge: Fixture.knowledge)
        ingester.prune = true
        _ = try ingester.run([folder.path("corpus")])
        let query = CorpusQuery(store: store, knowledge: Fixture.knowledge)
        let first = "record:\(SyntheticCorpus.firstRecordID)"
        let second = "record:\(SyntheticCorpus.firstRecordID + 1)"
        for correction: CorpusStore.Correction in [
            .addAlias(name: "Comrade Fyn", entity: "stalin", from: nil, to: nil, note: "the cover name in the 1948 drafts"),
            .merge(entity: "peng-dehuai", into: "gao-gang", note: "a test merge"),
            .addLink(from: second, to: first, kind: .repliesTo, note: "answered by courier"),
            .setDate(document: first, edtf: "1948-01-01?", note: "from the register"),
        ] {
            try store.apply(correction)
        }
        try store.relink()
        let exported = try store.exportCuration()

        // Rewrite one file, remove another, ingest with --prune.
        try folder.write(try String(contentsOfFile: Fixture.seedPath, encoding: .utf8), to: "corpus/0000/synthetic-000007.txt")
        try FileManager.default.removeItem(atPath: folder.path("corpus/0000/synthetic-000009.txt"))
        let report = try ingester.run([folder.path("corpus")])
        #expect(report.replaced == 1 && report.removed == 1)
        #expect(try store.exportCuration() == exported)

        #expect(try query.who("Comrade Fyn").id == "stalin")
        #expect(try query.who("Peng Dehuai").id == "gao-gang")
        let thread = try query.thread(second)
        #expect(thread.links.contains { $0.kind == "replies-to" && $0.evidence.contains("answered by courier") })
        #expect(try query.timeline().first { $0.id == "doc:" + first }?.date == "1948-01-01?")
    }

    @Test("curation survives the schema migrations of an older store")
    func curationSurvivesMigration() throws {
        let folder = try ScratchFolder()
        let path = folder.path("old.sqlite")
        // A store as the first schema left it, with the user's corrections in it.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(CorpusStore.applicationID)") }
        try CorpusStore.migrator.migrate(queue, upTo: "v1: documents, facts, events, curation")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO curatedAlias (action, name, nameKey, entityID, note, createdAt)
                        VALUES ('add', 'Fyn Si', 'fyn si', 'stalin', 'the Kim Il Sung cables', '2026-01-01T00:00:00Z');
                    INSERT INTO curatedMerge (entityID, intoEntityID, note, createdAt) VALUES ('new:belov', 'belov', 'same general', '2026-01-01T00:00:00Z');
                    INSERT INTO curatedLink (action, fromRef, toRef, kind, note, createdAt)
                        VALUES ('add', 'doc:record:2', 'doc:record:1', 'replies-to', 'by number', '2026-01-01T00:00:00Z');
                    INSERT INTO curatedDate (documentID, edtf, note, createdAt) VALUES ('record:1', '1952-03', 'register', '2026-01-01T00:00:00Z');
                    """)
        }
        try queue.close()

        let store = try CorpusStore(path: path)
        let exported = try store.exportCuration()
        #expect(exported.contains("alias\tadd\tFyn Si\tstalin"))
        #expect(exported.contains("merge\tnew:belov\tbelov\tsame general"))
        #expect(exported.contains("link\tadd\tdoc:record:2\tdoc:record:1\treplies-to\tby number"))
        #expect(exported.contains("date\trecord:1\t1952-03\tregister"))
        #expect(try CorpusQuery(store: store, knowledge: Fixture.knowledge).who("Fyn Si").id == "stalin")
    }
}
