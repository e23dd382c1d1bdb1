/// A calendar row as an event: the catalogue's facts, each party resolved through the identity
/// layer, the name the catalogue used kept, and the row it answers linked.
struct CalendarAnalyzer {
    let resolver: IdentityResolver

    func analyze(_ document: Document, entry: CalendarEntry) -> DocumentAnalysis {
        let date = entry.date.flatMap { HistoricalDate(edtf: $0) }
        let rowSpan = SourceSpan(start: 0, end: document.source.utf8.count)
        let evidence = Evidence.document(id: document.id, path: document.path, span: rowSpan, quote: document.source)
        let context = IdentityResolver.Context(document: document, date: date)
        func participants(_ parties: [CalendarEntry.Party], role: Participant.Role) -> [Participant] {
            parties.map { party in
                var resolution =
                    party.wikidata.flatMap { byWikidata($0, name: party.name, evidence: evidence) }
                    ?? resolver.resolve(party.name, kind: nil, context: context)
                if let used = party.nameUsed {
                    // The catalogue's own identification is the evidence for the name used.
                    resolution.evidence.insert(evidence, at: 0)
                    resolution.nameKind =
                        resolver.knowledge.names.lookup(used).first { $0.entityID == resolution.entityID }?.kind
                        ?? Self.kind(of: used, for: resolution.entityID, knowledge: resolver.knowledge)
                }
                return Participant(
                    entityID: resolution.entityID, role: role, nameUsed: party.nameUsed ?? party.name, nameEvidence: evidence,
                    resolution: resolution)
            }
        }
        let mainID = document.mainEventID
        let event = Event(
            id: mainID, kind: .message, type: entry.type.map(DocumentExtractor.normalisedType), number: entry.number, date: date,
            dateEvidence: date.map { _ in evidence }, documentID: document.id,
            participants: participants(entry.senders, role: .sender) + participants(entry.recipients, role: .recipient)
                + participants(entry.via, role: .intermediary),
            gist: [entry.type, entry.number.map { "No. " + $0 }, entry.dateWritten].compactMap { $0 }.joined(separator: ", "),
            evidence: evidence, basis: .catalogue)
        var links: [EventLink] = []
        if let answered = entry.repliesTo, let stem = document.id.split(separator: "#").first {
            links.append(
                EventLink(
                    from: mainID, to: "doc:\(stem)#\(answered)", kind: .repliesTo, evidence: evidence, confidence: 0.95,
                    rule: "calendar-replies-to"))
        }
        let extraction = Extraction(
            documentID: document.id, documentDate: date.map { DateMention(span: rowSpan, date: $0, rule: "calendar") }, dates: [],
            dateIssues: [], header: nil, bodyHeader: BodyHeader(), names: [], aliases: [], references: [], apparatus: [],
            documentType: event.type, documentTypeRaw: entry.type, entries: [])
        return DocumentAnalysis(
            document: document, extraction: extraction, mentions: [], apparatus: [], aliasClaims: [], events: [event],
            links: links)
    }

    /// The known entity with the Wikidata id the catalogue gives for a party, before any name
    /// lookup: an id names one entity where a name may name several.
    private func byWikidata(_ id: String, name: String, evidence: Evidence) -> Resolution? {
        guard let entity = resolver.knowledge.entity(wikidata: id) else { return nil }
        let kind =
            resolver.knowledge.names.lookup(name).first { $0.entityID == entity.id }?.kind
            ?? (NameKey.of(name) == NameKey.of(entity.canonical) ? .canonical : nil)
        return Resolution(
            entityID: entity.id, method: .authority, nameKind: kind, confidence: 0.95, evidence: [evidence, entity.evidence])
    }

    /// What a name the catalogue used, unknown to the authority file, most likely is: an office
    /// or description (`the Soviet Ambassador in Peking`), a spelling or grammatical form of a
    /// known name (`Krushchev`, `Poskrebyshevu`), or else a cover name.
    static func kind(of used: String, for entityID: String, knowledge: Knowledge) -> NameKind {
        let words = used.split(separator: " ")
        if words.count > 3 || words.contains(where: { $0.first?.isLowercase == true }) { return .title }
        let key = NameKey.of(used)
        let known =
            [knowledge.entity(entityID)?.canonical].compactMap { $0 } + (knowledge.entity(entityID)?.names.map(\.name) ?? [])
        for name in known {
            for part in [NameKey.of(name)] + NameKey.of(name).split(separator: " ").map(String.init) where part.count >= 4 {
                if key.hasPrefix(part) || part.hasPrefix(key) || EditDistance.between(key, part, limit: 2) <= 2 {
                    return .variant
                }
            }
        }
        return .pseudonym
    }
}
