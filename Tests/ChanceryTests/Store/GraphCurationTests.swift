import Foundation
import GRDB
import Testing

@testable import Chancery

/// The linked graph of a small store written row by row, so that each case holds exactly the
/// events and links it is about.
@Suite("graph and curation")
struct GraphCurationTests {
    /// A message: its document, date (EDTF), and parties as (entity id, role).
    struct Message {
        var document: String
        var date: String
        var parties: [(String, String)]
    }

    /// A store holding `messages`, each its own document's event, and `replies` as stated
    /// reply links (reply document, answered document); the graph is not yet built.
    static func store(
        _ messages: [Message], replies: [(String, String)] = [], entities: [String: String] = [:]
    ) throws
        -> CorpusStore
    {
        let store = try CorpusStore.inMemory()
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO file (id, path, contentHash, byteCount, ingestedAt) VALUES (1, 'corpus', 'x', 0, 'now')")
            for (id, canonical) in entities {
                try db.execute(
                    sql: "INSERT INTO entity (id, kind, canonical) VALUES (?, 'person', ?)", arguments: [id, canonical])
            }
            for message in messages {
                let date = try #require(HistoricalDate(edtf: message.date))
                try db.execute(
                    sql: "INSERT INTO document (id, fileID, path, format, layout) VALUES (?, 1, ?, 'text', 'page')",
                    arguments: [message.document, "corpus/\(message.document).txt"])
                try db.execute(
                    sql: """
                        INSERT INTO event (id, documentID, kind, basis, date, dateEarliest, dateLatest, gist,
                            evidence_kind, evidence_reference, evidence_text)
                        VALUES (?, ?, 'message', 'document', ?, ?, ?, 'a message', 'document', ?, '')
                        """,
                    arguments: [
                        "doc:" + message.document, message.document, message.date, date.earliest.dayNumber,
                        date.latest.dayNumber, message.document,
                    ])
                for (entity, role) in message.parties {
                    try db.execute(
                        sql: """
                            INSERT INTO participant (eventID, entityID, role, nameUsed, nameKey, method, confidence)
                            VALUES (?, ?, ?, ?, ?, 'authority', 1)
                            """,
                        arguments: ["doc:" + message.document, entity, role, entity, NameKey.of(entity)])
                }
            }
            for (reply, original) in replies {
                try db.execute(
                    sql: """
                        INSERT INTO link (documentID, fromEvent, toEvent, kind, rule, confidence,
                            evidence_kind, evidence_reference, evidence_text)
                        VALUES (?, ?, ?, 'replies-to', 'your-telegram-of', 0.9, 'document', ?, 'your telegram')
                        """,
                    arguments: [reply, "doc:" + reply, "doc:" + original, reply])
            }
        }
        return store
    }

    /// The bound replies put on an event's earliest day, if any.
    static func boundEarliest(_ event: String, _ store: CorpusStore) throws -> Int? {
        try store.read { db in
            try Int.fetchOne(db, sql: "SELECT earliest FROM eventBound WHERE eventID = ?", arguments: [event])
        }
    }

    @Test("a reply link the user removed no longer narrows the reply's date")
    func removedReplyDoesNotNarrow() throws {
        // `b`, dated only to the month, answers `a` of 10 May: its earliest day becomes 10 May.
        let store = try Self.store(
            [
                Message(document: "a", date: "1950-05-10", parties: [("stalin", "sender"), ("mao-zedong", "recipient")]),
                Message(document: "b", date: "1950-05", parties: [("mao-zedong", "sender"), ("stalin", "recipient")]),
            ],
            replies: [("b", "a")])
        try store.relink()
        let tenthOfMay = try #require(HistoricalDate(edtf: "1950-05-10")).earliest.dayNumber
        #expect(try Self.boundEarliest("doc:b", store) == tenthOfMay)

        try store.apply(.removeLink(from: "b", to: "a", kind: .repliesTo, note: "not an answer to this one"))
        try store.relink()
        #expect(try Self.boundEarliest("doc:b", store) == nil)
        let links = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM graphLink") }
        #expect(links == 0)
        let query = CorpusQuery(store: store, knowledge: Fixture.knowledge)
        #expect(try query.timeline().first { $0.id == "doc:b" }?.date == "1950-05")
    }

    @Test("path counts a hop's messages through the user's entity merges, as timeline between does")
    func pathThroughMergedEntity() throws {
        // The message names `new:kuznetsov-2`, which the user merged into `new:kuznetsov`.
        let store = try Self.store(
            [
                Message(document: "a", date: "1950-05-10", parties: [("new:orlov", "sender"), ("new:kuznetsov-2", "recipient")])
            ],
            entities: ["new:orlov": "Orlov", "new:kuznetsov": "Kuznetsov", "new:kuznetsov-2": "Kuznetsov"])
        try store.apply(.merge(entity: "new:kuznetsov-2", into: "new:kuznetsov", note: "the same man"))
        try store.relink()
        let query = CorpusQuery(store: store, knowledge: Fixture.knowledge)
        let between = try query.timeline(TimelineFilter(between: ("new:orlov", "new:kuznetsov")))
        #expect(between.count == 1)
        let answer = try query.path(from: "new:orlov", to: "new:kuznetsov")
        #expect(answer.people == ["Orlov", "Kuznetsov"])
        #expect(answer.hops.map(\.messages) == [between.count])
        #expect(answer.hops.first?.example?.id == "doc:a")
    }

    @Test("a calendar row of a meeting merges with the meeting's document in memory as in the store")
    func meetingRowMerges() {
        func meeting(_ id: String, basis: Event.Basis) -> Event {
            let parties = ["stalin", "zhou-enlai"].map { entity in
                Participant(
                    entityID: entity, role: .participant, nameUsed: entity, nameEvidence: nil,
                    resolution: Resolution(entityID: entity, method: .authority, nameKind: nil, confidence: 1, evidence: []))
            }
            return Event(
                id: id, kind: .meeting, type: "Record of Conversation", date: HistoricalDate(edtf: "1952-08-20"),
                documentID: String(id.dropFirst(4)), participants: parties, gist: "a conversation",
                evidence: .curation(note: "test"), basis: basis)
        }
        let document = meeting("doc:conversation", basis: .document)
        let row = meeting("doc:calendar#row1", basis: .catalogue)
        // The store counts a meeting's participants as its senders; so must the in-memory graph.
        #expect(EventSummary(document).senders == ["stalin", "zhou-enlai"])
        let linked = EventMatcher.link([document, row].map(EventSummary.init), [])
        #expect(linked.merged == ["doc:calendar#row1": "doc:conversation"])
    }
}
