import Testing

@testable import Chancery

/// The figures the extraction issue asks for, on the development set in the repository: pages
/// in the archive's shapes written for the tests, annotated by hand, and the seed.
@Suite("development set figures")
struct DevSetTests {
    static func evaluate(_ gold: String, _ directory: String) throws -> EvaluationReport {
        let records = try Evaluation.loadGold(gold)
        let outcome = Evaluation(knowledge: Fixture.knowledge).run(gold: records, directory: directory)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        return outcome.report
    }

    @Test("the dev set meets the issue's floors")
    func devSet() throws {
        let report = try Self.evaluate(Fixture.path("devset/devset.gold.json"), Fixture.path("devset"))
        #expect(report.documents == 40)
        #expect(report.fields["date"]?.accuracy ?? 0 >= 0.95)
        #expect(report.fields["senders"]?.f1 ?? 0 >= 0.95)
        #expect(report.fields["recipients"]?.f1 ?? 0 >= 0.90)
        #expect(report.fields["persons"]?.f1 ?? 0 >= 0.90)
        #expect(report.fields["places"]?.f1 ?? 0 >= 0.90)
        #expect(report.fields["dates_in_text"]?.f1 ?? 0 >= 0.95)
        #expect(report.fields["aliases"]?.recall ?? 0 >= 0.90)
    }

    @Test("every alias the seed page resolves is resolved, and every field of its gold is met")
    func seed() throws {
        let report = try Self.evaluate(Fixture.path("seed/seed.gold.json"), Fixture.dataDirectory + "/corpus")
        // Fields with nothing to score (no gold item, none found) have no score.
        let scored = report.fields.filter { $0.value.n ?? 0 > 0 || $0.value.gold ?? 0 > 0 || $0.value.found ?? 0 > 0 }
        #expect(scored.count >= 8)
        for (field, score) in scored {
            #expect((score.f1 ?? score.accuracy ?? 0) == 1, "\(field): \(score)")
        }
        #expect(report.fields["replies_to"]?.f1 == nil)
    }

    @Test(
        "the FRUS excerpt through the TEI reader", .enabled(if: Fixture.sharedDirectory != nil, "../shared is not here"))
    func frus() throws {
        let directory = try #require(Fixture.sharedDirectory) + "/corpus/frus"
        let report = try Self.evaluate(Fixture.path("frus/frus1952-54v14p2.gold.json"), directory)
        #expect(report.documents == 61)
        #expect(report.fields["date"]?.accuracy ?? 0 >= 0.95)
        #expect(report.fields["persons"]?.f1 ?? 0 >= 0.85)
        #expect(report.fields["dates_in_text"]?.f1 ?? 0 >= 0.90)
    }
}
