import Foundation
import Testing

@testable import Chancery

@Suite("queries")
struct QueryTests {
    /// A synthetic corpus of 2,000 pages read into a store in memory, with its ground truth.
    static let corpus: (store: CorpusStore, truth: [GoldRecord]) = {
        do {
            let folder = try ScratchFolder()
            let truth = try SyntheticCorpus(documents: 2_000, seed: 11).write(to: folder.path("corpus"))
            let store = try CorpusStore.inMemory()
            _ = try Ingester(store: store, knowledge: Fixture.knowledge).run([folder.path("corpus")])
            return (store, truth)
        } catch {
            fatalError("the synthetic store cannot be built: \(error)")
        }
    }()

    var query: CorpusQuery { CorpusQuery(store: Self.corpus.store, knowledge: Fixture.knowledge) }

    @Test("who Filippov is Stalin, with the cover name's uses, its period, and the roles counted")
    func whoFilippov() throws {
        let answer = try query.who("Filippov")
        #expect(answer.id == "stalin" && answer.name == "Stalin" && answer.wikidata == "Q855")
        let filippov = try #require(answer.names.first { $0.name == "Filippov" })
        #expect(filippov.kind == "pseudonym" && filippov.uses > 0 && filippov.period != nil)
        #expect(filippov.evidence.contains("Data/authorities/names.tsv"))
        let sent = Self.corpus.truth.filter { $0.senders == ["Stalin"] }.count
        #expect(answer.counts["sender"] == sent)
        #expect(answer.lastDate.map { $0 <= "1953-03-05" } == true, "Stalin writes nothing after his death")
    }

    @Test("a name no one has says so and suggests the nearest")
    func notFound() throws {
        #expect {
            try query.who("Molotof")
        } throws: { error in
            guard case StoreError.notFound(_, let suggestions) = error else { return false }
            return suggestions.contains("Molotov")
        }
    }

    @Test("between lists both directions in date order, and only those two")
    func between() throws {
        let rows = try query.timeline(TimelineFilter(between: ("Kim Il Sung", "Gao Gang")))
        let expected = Self.corpus.truth.filter {
            Set(($0.senders ?? []) + ($0.recipients ?? [])) == ["Kim Il Sung", "Gao Gang"]
        }
        #expect(rows.count == expected.count && !rows.isEmpty)
        #expect(rows.allSatisfy { Set($0.senders + $0.recipients) == ["Kim Il Sung", "Gao Gang"] })
        #expect(Set(rows.flatMap(\.senders)) == ["Kim Il Sung", "Gao Gang"])
        let days = rows.compactMap(\.earliest)
        #expect(days == days.sorted())
    }

    @Test("timeline filters by person and dates")
    func timeline() throws {
        let rows = try query.timeline(
            TimelineFilter(
                person: "Gao Gang", from: CalendarDate(year: 1950, month: 1, day: 1),
                to: CalendarDate(year: 1950, month: 12, day: 31)))
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0.senders + $0.recipients + $0.via).contains("Gao Gang") })
        #expect(rows.allSatisfy { $0.date.map { $0.hasPrefix("1950") } == true })
    }

    @Test("thread follows a reply to the message it answers, with the evidence of the link")
    func thread() throws {
        let reply = try #require(Self.corpus.truth.first { !($0.repliesTo ?? []).isEmpty })
        let answer = try query.thread(IngestBenchmark.recordReference(reply.file))
        let answered = try #require(reply.repliesTo?.first)
        #expect(answer.events.contains { answered.hasSuffix($0.document) })
        let link = try #require(answer.links.first { $0.kind == "replies-to" })
        #expect(link.evidence.lowercased().contains("your"))
        #expect(link.confidence > 0.5)
    }

    @Test("path finds a chain of correspondents, each hop with its messages")
    func path() throws {
        let answer = try query.path(from: "Kim Il Sung", to: "Nie Rongzhen")
        #expect(answer.people.first == "Kim Il Sung" && answer.people.last == "Nie Rongzhen")
        #expect(answer.hops.count == answer.people.count - 1)
        #expect(answer.hops.allSatisfy { $0.messages > 0 && $0.example != nil })
    }

    @Test("mentions and search find the words in the documents")
    func mentionsAndSearch() throws {
        let harbin = try query.mentions("Harbin")
        #expect(!harbin.isEmpty && harbin.allSatisfy { $0.surface == "Harbin" && $0.line > 0 })
        let hits = try query.search("\"armistice talks\"")
        #expect(!hits.isEmpty)
        #expect(
            hits.allSatisfy {
                $0.snippet.lowercased().contains("[armistice] [talks]") || $0.snippet.lowercased().contains("[armistice talks]")
            })
    }
}
