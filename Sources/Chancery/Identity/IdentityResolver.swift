/// Decides which entity a name refers to, in the context of one document: its date, what it
/// says about its own names, and what the rest of the corpus and the user's curation say.
///
/// The order of trust: the user's curation; the document's own statement (`Filippov is
/// Stalin.`); the authority file and gazetteer, with the period a cover name was in use; other
/// documents' statements; a close spelling (`Flilippov`) at lower confidence. A name none of
/// these know becomes a new entity rather than being forced onto a known one; where several
/// entities share a name, the choice is recorded with the alternatives and a lower confidence.
public struct IdentityResolver: Sendable {
    public let knowledge: Knowledge
    /// Claims from other documents of the corpus and from curation, by ``NameKey``.
    public private(set) var claims: [String: [AliasClaim]] = [:]
    /// Names the user's curation says are not an entity, by ``NameKey``.
    public var excluded: [String: Set<String>] = [:]
    /// Built on first use: most names resolve without it.
    private var spelling: SpellingIndex { knowledge.spelling }

    public init(knowledge: Knowledge, claims: [AliasClaim] = []) {
        self.knowledge = knowledge
        for claim in claims { add(claim) }
    }

    /// Adds a claim (from a document or from curation) that later resolutions use.
    public mutating func add(_ claim: AliasClaim) {
        claims[NameKey.of(claim.name), default: []].append(claim)
    }

    /// What the resolver knows of a document while resolving its names.
    public struct Context: Sendable {
        /// The document, for quoting its statements as evidence; nil when scoring bare names.
        public var document: Document?
        public var date: HistoricalDate?
        /// The document's own alias statements.
        public var aliases: [AliasStatement] {
            didSet { aliasesByKey = Self.index(aliases) }
        }
        /// The first statement for each alias, by ``NameKey``.
        private(set) var aliasesByKey: [String: AliasStatement]
        /// Entities already resolved in the document, which break ties.
        public var present: Set<String>

        public init(document: Document?, date: HistoricalDate?, aliases: [AliasStatement] = [], present: Set<String> = []) {
            self.document = document
            self.date = date
            self.aliases = aliases
            self.aliasesByKey = Self.index(aliases)
            self.present = present
        }

        private static func index(_ aliases: [AliasStatement]) -> [String: AliasStatement] {
            var index: [String: AliasStatement] = [:]
            for statement in aliases {
                let key = NameKey.of(statement.alias)
                if index[key] == nil { index[key] = statement }
            }
            return index
        }

        /// Whether the document declares `name` as an alias of someone.
        public func declaresAlias(_ name: String) -> Bool {
            aliasesByKey[NameKey.of(name)] != nil
        }
    }

    /// The entity a name refers to.
    /// - Parameters:
    ///   - name: the name as written.
    ///   - kind: what the text says it is, if it says (a person after a title, a place word).
    ///   - context: the document it is read in.
    public func resolve(_ name: String, kind: NameMention.Kind? = nil, context: Context) -> Resolution {
        resolve(name, kind: kind, context: context, followAliases: true)
    }

    private func resolve(_ name: String, kind: NameMention.Kind?, context: Context, followAliases: Bool) -> Resolution {
        let key = NameKey.of(name)
        if let curated = claims[key]?.last(where: { if case .curation = $0.evidence { return true } else { return false } }) {
            return Resolution(
                entityID: curated.entityID, method: .curation, nameKind: curated.kind, confidence: 1, evidence: [curated.evidence]
            )
        }
        if followAliases, let statement = context.aliasesByKey[key] {
            let target = resolve(statement.target, kind: .person, context: context, followAliases: false)
            if target.method != .new || knowledge.names.lookup(statement.alias).isEmpty {
                let evidence = Evidence.document(
                    id: context.document?.id ?? "", path: context.document?.path ?? "", span: statement.span,
                    quote: context.document?.text(statement.span) ?? statement.alias + " = " + statement.target)
                let kind: NameKind = statement.kind == .codename ? .codename : .pseudonym
                return Resolution(
                    entityID: target.entityID, method: .documentAlias, nameKind: kind,
                    confidence: min(statement.confidence, max(target.confidence, 0.8)), evidence: [evidence] + target.evidence)
            }
        }
        if let known = fromKnowledge(key, kind: kind, context: context) { return known }
        if kind != .place, let withInitials = fromInitials(name, context: context) { return withInitials }
        if let claimed = claims[key]?.filter({ !(excluded[key]?.contains($0.entityID) ?? false) }),
            let claim = claimed.max(by: { $0.confidence < $1.confidence })
        {
            let alternatives = Set(claimed.map(\.entityID)).subtracting([claim.entityID]).sorted()
            return Resolution(
                entityID: claim.entityID, method: .corpusAlias, nameKind: claim.kind,
                confidence: alternatives.isEmpty ? claim.confidence * 0.9 : 0.5, evidence: claimed.map(\.evidence),
                alternatives: alternatives)
        }
        if kind != .place, let close = spelling.closest(to: key) {
            let entry = close.entry
            return Resolution(
                entityID: entry.entityID, method: .spelling, nameKind: .variant, confidence: 0.6,
                evidence: evidence(for: entry))
        }
        return Resolution(entityID: Self.newEntityID(for: name), method: .new, nameKind: nil, confidence: 0.5, evidence: [])
    }

    /// The id a name gets when no known entity goes by it.
    public static func newEntityID(for name: String) -> String {
        "new:" + NameKey.of(name)
    }

    /// The authority file's or gazetteer's entity for a key, weighed by date and context.
    private func fromKnowledge(_ key: String, kind: NameMention.Kind?, context: Context) -> Resolution? {
        guard var entries = knowledge.names.lookupKey(key) else { return nil }
        if let wrong = excluded[key] {
            entries.removeAll { wrong.contains($0.entityID) }
            if entries.isEmpty { return nil }
        }
        if let kind {
            let wanted: Entity.Kind = kind == .person ? .person : kind == .place ? .place : .organisation
            let matching = entries.filter { knowledge.entity($0.entityID)?.kind == wanted }
            if !matching.isEmpty { entries = matching }
        }
        var confidence = 0.95
        // Names in use on the document's date; a cover name in its period outranks a plain
        // surname that others share.
        if let date = context.date {
            let valid = entries.filter { $0.isValid(on: date) }
            if valid.isEmpty {
                confidence = 0.7
            } else {
                entries = valid
                let inPeriod = valid.filter { $0.kind.isCover && ($0.validFrom != nil || $0.validTo != nil) }
                if !inPeriod.isEmpty { entries = inPeriod }
                let alive = entries.filter { isAlive($0.entityID, on: date) }
                if !alive.isEmpty { entries = alive }
            }
        }
        var ids: [String] = []
        for entry in entries where !ids.contains(entry.entityID) { ids.append(entry.entityID) }
        var chosen = ids[0]
        if ids.count > 1 {
            if let present = ids.first(where: { context.present.contains($0) }) {
                chosen = present
                confidence = min(confidence, 0.75)
            } else if let preferred = entries.first(where: { $0.kind == .canonical || $0.kind == .full }) {
                chosen = preferred.entityID
                confidence = min(confidence, 0.6)
            } else {
                confidence = min(confidence, 0.5)
            }
        }
        let entry = entries.first { $0.entityID == chosen }!
        if entry.kind == .variant || entry.kind == .observed { confidence = min(confidence, 0.9) }
        return Resolution(
            entityID: chosen, method: .authority, nameKind: entry.kind, confidence: confidence, evidence: evidence(for: entry),
            alternatives: ids.filter { $0 != chosen })
    }

    /// `V. KUZNETSOV`, `I.V. Stalin`: a surname with initials that fit one known person's first names.
    private func fromInitials(_ name: String, context: Context) -> Resolution? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
        guard words.count >= 2, let surname = words.last, surname.count >= 2 else { return nil }
        let initials = words.dropLast()
        guard initials.allSatisfy({ $0.count == 1 && $0.first?.isLetter == true }) else { return nil }
        let given = initials.map { $0.lowercased() }
        let people = (knowledge.names.lookupKey(NameKey.of(surname)) ?? []).filter { entry in
            guard let entity = knowledge.entity(entry.entityID), entity.kind == .person else { return false }
            return NameScanner.initials(of: entity).contains { NameScanner.compatible($0, given) }
        }
        let ids = Set(people.map(\.entityID))
        guard ids.count == 1, let entry = people.first else { return nil }
        return Resolution(
            entityID: entry.entityID, method: .authority, nameKind: .initials, confidence: 0.85, evidence: evidence(for: entry))
    }

    private func isAlive(_ id: String, on date: HistoricalDate) -> Bool {
        guard let lifespan = knowledge.lifespan(id) else { return true }
        if let died = lifespan.died, died.latestDay < date.earliest { return false }
        if let born = lifespan.born, date.latest < born.earliestDay { return false }
        return true
    }

    /// The data-file row behind an index entry.
    func evidence(for entry: NameIndex.Entry) -> [Evidence] {
        if let evidence = entry.evidence { return [evidence] }
        return knowledge.entity(entry.entityID).map { [$0.evidence] } ?? []
    }
}
