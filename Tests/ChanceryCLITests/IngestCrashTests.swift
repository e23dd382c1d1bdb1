import Chancery
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("ingest killed midway", .serialized)
struct IngestCrashTests {
    @Test("an ingest killed with SIGKILL keeps every finished batch, and the next ingest completes the work")
    func killedIngest() throws {
        let corpus = try TemporaryCorpus()
        let pages = 6_000
        try SyntheticCorpus(documents: pages, seed: 5).write(to: corpus.path("corpus"))
        let store = corpus.path("store.sqlite")
        let data = TemporaryCorpus.repository("Data").path

        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["ingest", "--data", data, "--db", store, corpus.path("corpus")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the first batches are in, well before the end.
        var stored = 0
        let deadline = Date().addingTimeInterval(60)
        while stored < 1_000, process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            if FileManager.default.fileExists(atPath: store) {
                stored = (try? CorpusStore(path: store).counts()["file"]) ?? 0
            }
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidway, "the ingest finished before it could be killed")

        // A consistent store: whole batches only, each file with its document.
        let opened = try CorpusStore(path: store)
        let counts = try opened.counts()
        let files = counts["file"] ?? 0
        #expect(files > 0 && files < pages)
        #expect(files % 512 == 0, "\(files) files: a batch was cut in half")
        #expect(counts["document"] == files)
        #expect(try opened.integrityProblems().isEmpty)

        let again = try CommandRunner.run(["ingest", "--data", data, "--db", store, corpus.path("corpus")])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("\(pages) files: \(pages - files) added, 0 replaced, \(files) unchanged"))
        let finished = try CorpusStore(path: store)
        #expect(try finished.counts()["document"] == pages)
        #expect(try finished.isGraphStale() == false)
        #expect(try finished.integrityProblems().isEmpty)
    }
}
