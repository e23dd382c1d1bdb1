import Testing

@testable import Chancery

@Suite("IdentityResolver")
struct IdentityResolverTests {
    let resolver = IdentityResolver(knowledge: Fixture.knowledge)

    func context(_ date: String?, aliases: [AliasStatement] = []) -> IdentityResolver.Context {
        IdentityResolver.Context(document: nil, date: date.flatMap { HistoricalDate(edtf: $0) }, aliases: aliases)
    }

    @Test(
        "pseudonyms, romanizations and scripts resolve to one person, with the authority row as evidence",
        arguments: [
            ("Filippov", "stalin"), ("FILIPPOV", "stalin"), ("Feng Xi", "stalin"), ("Mao Tse-tung", "mao-zedong"),
            ("Сталину", "stalin"), ("Chou En-lai", "zhou-enlai"), ("Kim Il-sung", "kim-il-sung"), ("Shtytkov", "shtykov"),
        ])
    func known(name: String, entity: String) {
        let resolution = resolver.resolve(name, context: context("1950-10-01"))
        #expect(resolution.entityID == entity)
        #expect(resolution.method == .authority)
        guard case .dataFile(let path, let line, _)? = resolution.evidence.first else {
            Issue.record("no data-file evidence: \(resolution.evidence)")
            return
        }
        #expect(path.hasSuffix(".tsv") && line > 1)
    }

    @Test("a cover name is resolved by its period: Kuznetsov is Stalin in 1948, not in 1953")
    func periods() {
        #expect(resolver.resolve("Kuznetsov", kind: .person, context: context("1948-04-20")).entityID == "stalin")
        let later = resolver.resolve("Kuznetsov", kind: .person, context: context("1953-03-31"))
        #expect(later.entityID != "stalin")
        #expect(!later.alternatives.isEmpty)
        #expect(later.confidence < 0.9)
    }

    @Test("the document's own statement wins, with its span as evidence")
    func documentAlias() {
        let statement = AliasStatement(
            alias: "Kuznetsov", aliasSpan: SourceSpan(start: 0, end: 9), target: "Stalin",
            targetSpan: SourceSpan(start: 23, end: 29),
            kind: .pseudonym, span: SourceSpan(start: 0, end: 30), rule: "copula", confidence: 0.95)
        let resolution = resolver.resolve("Kuznetsov", kind: .person, context: context("1953-03-31", aliases: [statement]))
        #expect(resolution.entityID == "stalin")
        #expect(resolution.method == .documentAlias)
    }

    @Test("an unknown name is a new entity, not forced onto a known one")
    func unknown() {
        let resolution = resolver.resolve("Vetlugin", kind: .person, context: context("1945-08-20"))
        #expect(resolution.method == .new)
        #expect(resolution.entityID == "new:vetlugin")
        #expect(resolver.resolve("Belova", kind: .person, context: context(nil)).method == .new)
    }

    @Test("a spelling slip resolves with a recorded lower confidence")
    func spelling() {
        let resolution = resolver.resolve("Fillipov", kind: .person, context: context("1952-03-11"))
        #expect(resolution.entityID == "stalin")
        #expect(resolution.method == .spelling)
        #expect(resolution.confidence < 0.7)
    }

    @Test("conflicting claims from different documents stay side by side")
    func conflictingClaims() {
        let first = AliasClaim(
            name: "Semenov", entityID: "stalin", kind: .pseudonym,
            evidence: .document(id: "a", path: "a.txt", span: SourceSpan(start: 0, end: 5), quote: "Semenov is Stalin."),
            confidence: 0.9)
        let second = AliasClaim(
            name: "Semenov", entityID: "molotov", kind: .pseudonym,
            evidence: .document(id: "b", path: "b.txt", span: SourceSpan(start: 0, end: 5), quote: "Semenov is Molotov."),
            confidence: 0.9)
        let claimed = IdentityResolver(knowledge: Fixture.knowledge, claims: [first, second])
        let resolution = claimed.resolve("Semenov", kind: .person, context: context("1949-01-01"))
        #expect(resolution.method == .corpusAlias)
        #expect(resolution.evidence.count == 2)
        #expect(resolution.alternatives.count == 1)
        #expect(resolution.confidence <= 0.5)
    }

    @Test("curation outranks everything")
    func curation() {
        let claim = AliasClaim(
            name: "Filippov", entityID: "molotov", kind: .pseudonym, evidence: .curation(note: "test"), confidence: 1)
        let curated = IdentityResolver(knowledge: Fixture.knowledge, claims: [claim])
        #expect(curated.resolve("Filippov", context: context("1952-03-11")).entityID == "molotov")
    }

    @Test("initials must fit the first names: V. Kuznetsov is Vasily, A.I. Antonov is not S.F. Antonov")
    func initials() {
        #expect(resolver.resolve("V. Kuznetsov", kind: .person, context: context("1953-03-31")).entityID == "vasily-kuznetsov")
        #expect(resolver.resolve("A.A. Petrov", kind: .person, context: context("1946-01-01")).entityID != "s-f-antonov")
    }
}
