import Foundation

@testable import Chancery

/// A small calendar of letters written for the export tests, read into a store in memory:
/// Stalin written as Filippov, Mao Zedong, Zhou Enlai, Kim Il Sung, messages carried by
/// intermediaries, a month-only date and a chain of replies.
struct ExportFixture {
    let folder: ScratchFolder
    let store: CorpusStore
    let graph: CorrespondenceGraph

    static let calendar = """
        id,date_written,date,sender,sender_as,recipient,recipient_as,via,via_as,type,number,archival_reference,record_id,replies_to,source
        f01,"October 1, 1950",1950-10-01,Stalin,Filippov,Mao Zedong; Zhou Enlai,,Nikolai Roshchin,,Ciphered Telegram,4581,,,,
        f02,"October 2, 1950",1950-10-02,Mao Zedong,,Stalin,Filippov,Nikolai Roshchin,,Telegram,,,,f01,
        f03,"October 5, 1950",1950-10-05,Stalin,Filippov,Mao Zedong,,,,Letter,,,,f02,
        f04,"October 7, 1950",1950-10-07,Zhou Enlai,,Stalin,Filippov,,,Telegram,25199,,,f03,
        f05,"September 30, 1950",1950-09-30,Kim Il Sung,,Stalin,Generalissimo Stalin,Terenty Shtykov,,Letter,,,,,
        f06,"October 8, 1950",1950-10-08,Stalin,,Kim Il Sung,,Matvei Zakharov; Terenty Shtykov,,Ciphered Telegram,,,,f05,
        f07,"February 1951",1951-02,Kim Il Sung,,Mao Zedong,,,,Letter,,,,,
        f08,"November 2, 1950",1950-11-02,Mao Zedong,,Stalin,Filippov,,,Telegram,,,,,
        f09,"November 15, 1950",1950-11-15,Stalin,Filippov,Mao Zedong,,,,Telegram,,,,f08,
        f10,"December 3, 1950",1950-12-03,Zhou Enlai,,Kim Il Sung,,,,Letter,,,,,

        """

    /// The calendar written to a scratch folder and ingested into a fresh store in memory.
    init() throws {
        folder = try ScratchFolder()
        try folder.write(Self.calendar.replacingOccurrences(of: "\n", with: "\r\n"), to: "corpus/calendar-fixture.csv")
        store = try CorpusStore.inMemory()
        _ = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("corpus")])
        graph = try CorpusQuery(store: store, knowledge: Fixture.knowledge).correspondence()
    }

    static let exporter = GraphExporter(knowledge: Fixture.knowledge, title: "Export fixture", generated: "2024-05-01")

    /// The single file of a format's export.
    static func file(_ graph: CorrespondenceGraph, _ format: ExportFormat) throws -> [UInt8] {
        let files = exporter.files(graph, format: format)
        guard files.count == 1, let file = files.first else { throw FixtureError("\(format) gave \(files.count) files") }
        return file.bytes
    }

    /// The legs a message gives a network, counted apart from the exporter: each sender to each
    /// recipient, then sender → intermediaries in order → recipients.
    static func legs(_ graph: CorrespondenceGraph) -> [(source: String, target: String, relay: Bool)] {
        var legs: [(String, String, Bool)] = []
        for message in graph.messages where message.kind == "message" {
            let senders = message.parties("sender").map(\.entity)
            let recipients = message.parties("recipient").map(\.entity)
            let via = message.parties("intermediary").map(\.entity)
            for sender in senders { for recipient in recipients { legs.append((sender, recipient, false)) } }
            guard !via.isEmpty else { continue }
            let chain = [senders] + via.map { [$0] } + [recipients]
            for index in 0..<(chain.count - 1) {
                for source in chain[index] { for target in chain[index + 1] { legs.append((source, target, true)) } }
            }
        }
        return legs
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
