import Foundation
import Testing

@testable import Chancery

@Suite("Scorer")
struct ScorerTests {
    let scorer = Scorer(knowledge: Fixture.knowledge)

    func record(_ json: String) throws -> GoldRecord {
        try JSONDecoder().decode(GoldRecord.self, from: Data(json.utf8))
    }

    @Test("names are compared as entities: romanizations and pseudonyms meet")
    func entities() throws {
        let gold = try record(#"{"file": "a", "senders": ["Mao Zedong"], "recipients": ["Stalin"], "persons": ["Zhou Enlai"]}"#)
        let found = try record(
            #"{"file": "a", "senders": ["Mao Tse-tung"], "recipients": ["Filippov"], "persons": ["Chou En-lai"]}"#)
        let report = scorer.score(gold: [gold], predicted: [found])
        #expect(report.fields["senders"]?.f1 == 1)
        #expect(report.fields["recipients"]?.f1 == 1)
        #expect(report.fields["persons"]?.f1 == 1)
    }

    @Test("a recipient found among the intermediaries counts, and the other way round")
    func recipientOrVia() throws {
        let gold = try record(#"{"file": "a", "recipients": ["Mao Zedong"], "via": ["Krasovsky"]}"#)
        let found = try record(#"{"file": "a", "recipients": ["Krasovsky"], "via": ["Mao Zedong"]}"#)
        let report = scorer.score(gold: [gold], predicted: [found])
        #expect(report.fields["recipients"]?.recall == 1)
        #expect(report.fields["via"]?.recall == 1)
        #expect(report.fields["recipients"]?.precision == 1)
    }

    @Test("a missing key is not scored; an empty list is")
    func missingKeys() throws {
        let gold = try record(#"{"file": "a", "places": []}"#)
        let found = try record(#"{"file": "a", "places": ["Moscow"], "persons": ["Stalin"]}"#)
        let report = scorer.score(gold: [gold], predicted: [found])
        #expect(report.fields["persons"]?.gold == 0)
        #expect(report.fields["persons"]?.found == 0)
        #expect(report.fields["places"]?.precision == 0)
        #expect(report.perDocument.first?.falseFinds["places"] == ["Moscow"])
    }

    @Test("an alias counts when it resolves to the canonical name's entity")
    func aliases() throws {
        let gold = try record(#"{"file": "a", "aliases": [{"alias": "Filippov", "canonical": "Stalin"}]}"#)
        let right = try record(#"{"file": "a", "aliases": [{"alias": "FILIPPOV", "canonical": "I. V. Stalin"}]}"#)
        let wrong = try record(#"{"file": "a", "aliases": [{"alias": "Filippov", "canonical": "Mao Zedong"}]}"#)
        #expect(scorer.score(gold: [gold], predicted: [right]).fields["aliases"]?.f1 == 1)
        #expect(scorer.score(gold: [gold], predicted: [wrong]).fields["aliases"]?.f1 == 0)
    }

    @Test("dates and types are accuracies; null dates compare")
    func accuracies() throws {
        let gold = [
            try record(#"{"file": "a", "date": "1952-03-11", "doc_type": "Telegram"}"#),
            try record(#"{"file": "b", "date": null, "doc_type": "Cable"}"#),
        ]
        let found = [
            try record(#"{"file": "a", "date": "1952-03-11", "doc_type": "Ciphered Telegram"}"#),
            try record(#"{"file": "b", "date": "1952", "doc_type": "Cablegram"}"#),
        ]
        let report = scorer.score(gold: gold, predicted: found)
        #expect(report.fields["date"]?.accuracy == 0.5)
        #expect(report.fields["doc_type"]?.accuracy == 1)
    }

    @Test("the report has every field, even those nothing annotates")
    func everyField() {
        let report = scorer.score(gold: [], predicted: [])
        #expect(Set(report.fields.keys) == Set(EvaluationReport.fieldOrder))
    }
}
