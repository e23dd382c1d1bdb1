/// Reads one document all the way: extraction, identity resolution, and the events and links
/// it contributes (its own message or meeting, messages it carries, and messages it mentions).
public struct DocumentAnalyzer: Sendable {
    public let extractor: DocumentExtractor
    public var resolver: IdentityResolver

    public init(knowledge: Knowledge, claims: [AliasClaim] = [], excluded: [String: Set<String>] = [:]) {
        self.extractor = DocumentExtractor(knowledge: knowledge)
        self.resolver = IdentityResolver(knowledge: knowledge, claims: claims)
        self.resolver.excluded = excluded
    }

    public func analyze(_ document: Document) -> DocumentAnalysis {
        if let entry = document.calendarEntry {
            return CalendarAnalyzer(resolver: resolver).analyze(document, entry: entry)
        }
        let extraction = extractor.extract(document)
        var builder = AnalysisBuilder(document: document, extraction: extraction, resolver: resolver)
        return builder.build()
    }
}

/// The work of ``DocumentAnalyzer`` for one document.
private struct AnalysisBuilder {
    let document: Document
    let extraction: Extraction
    let resolver: IdentityResolver
    var context: IdentityResolver.Context
    var events: [Event] = []
    var links: [EventLink] = []

    init(document: Document, extraction: Extraction, resolver: IdentityResolver) {
        self.document = document
        self.extraction = extraction
        self.resolver = resolver
        self.context = IdentityResolver.Context(
            document: document, date: extraction.documentDate?.date, aliases: extraction.aliases)
    }

    var mainID: String { document.mainEventID }

    mutating func build() -> DocumentAnalysis {
        let mentions = resolveMentions()
        let apparatus = extraction.apparatus.map {
            ResolvedMention(mention: $0, resolution: resolver.resolve($0.surface, kind: .person, context: context))
        }
        let claims = aliasClaims()
        buildMainEvent()
        buildReferences()
        buildEntries()
        return DocumentAnalysis(
            document: document, extraction: extraction, mentions: mentions, apparatus: apparatus, aliasClaims: claims,
            events: events, links: links)
    }

    // MARK: - Names

    mutating func resolveMentions() -> [ResolvedMention] {
        var resolved: [ResolvedMention] = []
        // Unambiguous names first, so that they break the ties of the ambiguous ones.
        let order = extraction.names.indices.sorted {
            extraction.names[$0].candidates.count < extraction.names[$1].candidates.count
        }
        var byIndex: [Int: ResolvedMention] = [:]
        // A name met again resolves the same way, unless it was ambiguous (ties may change).
        var known: [String: Resolution] = [:]
        for index in order {
            let mention = extraction.names[index]
            let kind = mention.isAdjective ? nil : mention.kind
            let key = mention.surface + "|" + (kind?.rawValue ?? "")
            let resolution = known[key] ?? resolver.resolve(mention.surface, kind: kind, context: context)
            if resolution.alternatives.isEmpty { known[key] = resolution }
            context.present.insert(resolution.entityID)
            byIndex[index] = ResolvedMention(mention: mention, resolution: resolution)
        }
        for index in extraction.names.indices { if let item = byIndex[index] { resolved.append(item) } }
        return resolved
    }

    func aliasClaims() -> [AliasClaim] {
        extraction.aliases.compactMap { statement in
            let target = resolver.resolve(statement.target, kind: .person, context: context)
            let kind: NameKind
            switch statement.kind {
            case .codename: kind = .codename
            case .roleTitle: kind = .title
            case .realName: kind = .full
            case .pseudonym, .unspecified: kind = .pseudonym
            }
            return AliasClaim(
                name: statement.alias, entityID: target.entityID, kind: kind, evidence: evidence(statement.span),
                confidence: statement.confidence * (target.method == .new ? 0.6 : 1))
        }
    }

    func evidence(_ span: SourceSpan) -> Evidence {
        .document(id: document.id, path: document.path, span: span, quote: document.text(span))
    }

    // MARK: - Parties

    /// A participant for a header party: the entity, and the name the document used.
    func participant(_ party: PartyMention, role: Participant.Role) -> Participant? {
        var used = party.name
        var usedSpan = party.span
        var resolution: Resolution
        if let bracketed = party.bracketed, let bracketSpan = party.bracketedSpan {
            let named = resolver.resolve(party.name, kind: .person, context: context)
            let identified = resolver.resolve(bracketed, kind: .person, context: context)
            let bracketIsCover = context.declaresAlias(bracketed) && !context.declaresAlias(party.name)
            if bracketIsCover {
                // `Stalin [Kuznetsov]`: the bracket gives the name used.
                resolution = named.method == .new ? identified : named
                used = bracketed
                usedSpan = bracketSpan
            } else if named.method == .documentAlias || identified.method == .new {
                resolution = named
            } else {
                resolution = identified
                if named.method != .new, named.entityID == identified.entityID { resolution = named }
            }
        } else {
            resolution = resolver.resolve(party.name, kind: nil, context: context)
            if resolution.method == .new {
                if let inner = innerName(of: party) {
                    resolution = inner.resolution
                    used = inner.mention.surface
                    usedSpan = inner.mention.span
                } else if !looksLikeName(party.name) {
                    return nil
                }
            }
        }
        return Participant(
            entityID: resolution.entityID, role: role, nameUsed: used, nameEvidence: evidence(usedSpan), resolution: resolution)
    }

    /// A known name inside a longer party (`Soviet Ambassador in Pyongyang Shtykov`).
    func innerName(of party: PartyMention) -> ResolvedMention? {
        extraction.names.last { party.span.contains($0.span) && !$0.isAdjective && !$0.candidates.isEmpty && $0.kind != .place }
            .map { ResolvedMention(mention: $0, resolution: resolver.resolve($0.surface, kind: $0.kind, context: context)) }
    }

    /// Whether an unknown party is a name or an institution (`Chinese Embassy in the Soviet
    /// Union`), not an unnamed office holder (`the Soviet Ambassador`) or an adjective.
    func looksLikeName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        let institutions: Set<String> = [
            "embassy", "ministry", "committee", "council", "government", "department", "command", "headquarters",
            "bureau", "politburo", "presidium", "secretariat", "consulate", "legation", "mission", "office", "agency",
        ]
        if words.contains(where: { institutions.contains($0.lowercased()) }) { return true }
        let roleWords: Set<String> = [
            "ambassador", "embassy", "minister", "ministry", "government", "representative", "adviser", "advisor",
            "chairman", "command", "headquarters", "commander", "secretary", "leadership", "comrades", "delegation",
        ]
        let meaningful = words.filter { word in
            let key = NameKey.of(word)
            let entries = resolver.knowledge.names.lookupKey(key) ?? []
            return !roleWords.contains(key) && !(entries.contains { $0.kind == .adjective })
        }
        return !meaningful.isEmpty && meaningful.contains { $0.first?.isUppercase == true }
    }

    func participants(_ parties: [PartyMention], role: Participant.Role) -> [Participant] {
        var result: [Participant] = []
        for party in parties {
            guard let item = participant(party, role: role), !result.contains(where: { $0.entityID == item.entityID }) else {
                continue
            }
            result.append(item)
        }
        return result
    }

    // MARK: - The document's own event

    mutating func buildMainEvent() {
        guard document.layout != .listing else { return }
        let header = extraction.header
        let body = extraction.bodyHeader
        var senders: [Participant] = []
        var recipients: [Participant] = []
        var via: [Participant] = []
        var meetingParticipants: [Participant] = []
        var embeddedEvents: [Event] = []

        if let header {
            senders = participants(header.senders, role: .sender)
            recipients = participants(header.recipients, role: .recipient)
            via = participants(header.via, role: .intermediary)
            meetingParticipants = participants(header.participants + body.present, role: .participant).filter(isPerson)
            for (offset, inner) in header.embedded.enumerated() {
                applyEmbedded(
                    inner, index: offset + 1, senders: &senders, recipients: &recipients, via: &via, events: &embeddedEvents)
            }
        }

        // Address lines: `For Comrade MAO ZEDONG` makes the `TO KRASOVSKY` addressee a channel.
        let finals = participants(body.forwardTo, role: .recipient)
        for final in finals where !recipients.contains(where: { $0.entityID == final.entityID }) {
            for channel in recipients where !via.contains(where: { $0.entityID == channel.entityID }) {
                var moved = channel
                moved.role = .intermediary
                via.append(moved)
            }
            recipients = [final]
            via.removeAll { $0.entityID == final.entityID }
        }
        for channel in participants(body.addressedTo, role: .intermediary) where !finals.isEmpty {
            if !via.contains(where: { $0.entityID == channel.entityID }),
                !recipients.contains(where: { $0.entityID == channel.entityID })
            {
                via.append(channel)
            }
        }
        if recipients.isEmpty, finals.isEmpty, !body.addressedTo.isEmpty {
            recipients = participants(body.addressedTo, role: .recipient)
        }
        // The salutation gives the names the recipients went by, and may name more of them.
        if header?.isMeeting != true {
            applySalutation(participants(body.salutation, role: .recipient), recipients: &recipients, via: &via)
        }
        if let signature = body.signature, let signer = participant(signature, role: .sender) {
            if let index = senders.firstIndex(where: { $0.entityID == signer.entityID }) {
                senders[index] = preferDocumentName(senders[index], signer)
            } else if senders.isEmpty, header?.isMeeting != true {
                senders = [signer]
            }
        }
        via.removeAll { item in
            senders.contains { $0.entityID == item.entityID } || recipients.contains { $0.entityID == item.entityID }
        }

        let isMeeting = header?.isMeeting == true
        let date = extraction.documentDate
        let gist =
            document.title?.text ?? document.summary?.text ?? document.body.map { String($0.text.prefix(120)) } ?? document.path
        var origin: String?
        if let place = header?.origin ?? body.origin {
            origin = resolver.resolve(place.name, kind: .place, context: context).entityID
        }
        let main = Event(
            id: mainID, kind: isMeeting ? .meeting : .message, type: extraction.documentType, number: header?.number,
            date: date?.date, dateEvidence: date.map { evidence($0.span) }, documentID: document.id,
            participants: isMeeting ? meetingParticipants : senders + recipients + via, origin: origin, gist: gist,
            evidence: evidence(document.title?.span ?? document.body?.span ?? SourceSpan(start: 0, end: 0)))
        events.append(main)
        for inner in embeddedEvents {
            events.append(inner)
            links.append(
                EventLink(
                    from: mainID, to: inner.id, kind: .transmits, evidence: inner.evidence, confidence: 0.9,
                    rule: "embedded-message"))
        }
        if let header, let repliedTo = header.repliesTo {
            // `Draft Reply to Mao Zedong's Telegram`: the answered message, known only by this title.
            let from = participants([repliedTo], role: .sender)
            let to = senders.map { sender -> Participant in
                var copy = sender
                copy.role = .recipient
                return copy
            }
            let placeholder = Event(
                id: mainID + "#answered", kind: .message, type: "Telegram", date: nil, documentID: nil, mentionedIn: document.id,
                participants: from + to, gist: "answered by: " + gist, evidence: evidence(header.span))
            events.append(placeholder)
            links.append(
                EventLink(
                    from: mainID, to: placeholder.id, kind: .repliesTo, evidence: evidence(header.span), confidence: 0.9,
                    rule: "reply-title"))
        }
    }

    /// A salutation's addressee already among the recipients gives the name used; one who is not
    /// joins recipients that are institutions (`The Central Committee, and Comrades Liu Shaoqi
    /// and Zhou Enlai:`), or, when the title's addressees are people, is the real addressee and
    /// they the channel (`to Krasovsky` with `Comrade MAO ZEDONG.`).
    func applySalutation(_ named: [Participant], recipients: inout [Participant], via: inout [Participant]) {
        var added: [Participant] = []
        for person in named {
            if let index = recipients.firstIndex(where: { $0.entityID == person.entityID }) {
                recipients[index] = preferDocumentName(recipients[index], person)
            } else if person.resolution.method == .new, !isPerson(person) {
                // `The Central Committee:` addresses the committee the title names; an unknown
                // office (`SECRETARY OF THE CC`) is no addressee.
                continue
            } else if !added.contains(where: { $0.entityID == person.entityID }) {
                added.append(person)
            }
        }
        guard !added.isEmpty else { return }
        let titleAddresseesArePeople = recipients.contains { isPerson($0) }
        if titleAddresseesArePeople, added.contains(where: isPerson),
            !recipients.contains(where: { named.map(\.entityID).contains($0.entityID) })
        {
            for channel in recipients where !via.contains(where: { $0.entityID == channel.entityID }) {
                var moved = channel
                moved.role = .intermediary
                via.append(moved)
            }
            recipients = added
        } else {
            recipients += added
        }
    }

    func isPerson(_ participant: Participant) -> Bool {
        if let entity = resolver.knowledge.entity(participant.entityID) { return entity.kind == .person }
        return !NameShape.isInstitution(participant.nameUsed)
    }

    /// The name the document itself used wins over the title's (`Filippov` over `Stalin`), and
    /// an in-document resolution over the authority's.
    func preferDocumentName(_ header: Participant, _ body: Participant) -> Participant {
        var merged = header
        if NameKey.of(body.nameUsed) != NameKey.of(header.nameUsed) {
            merged.nameUsed = body.nameUsed
            merged.nameEvidence = body.nameEvidence
            merged.resolution = body.resolution
        }
        return merged
    }

    /// The forwarding convention for a carried message `X → Y` inside `S → R`.
    mutating func applyEmbedded(
        _ inner: CorrespondenceHeader, index: Int, senders: inout [Participant], recipients: inout [Participant],
        via: inout [Participant], events: inout [Event]
    ) {
        let authors = participants(inner.senders, role: .sender)
        let addressees = participants(inner.recipients, role: .recipient)
        guard !authors.isEmpty else { return }
        let senderIDs = Set(senders.map(\.entityID))
        let innerDate = inner.dateText.flatMap { DateScanner.wholeDate($0.text) }
        let carried = Event(
            id: mainID + "#embedded\(index)", kind: .message, type: inner.type.map(DocumentExtractor.normalisedType),
            date: innerDate, dateEvidence: inner.dateText.map { evidence($0.span) }, documentID: nil, mentionedIn: document.id,
            participants: authors + addressees + participants(inner.via, role: .intermediary),
            gist: document.text(inner.span), evidence: evidence(inner.span))
        let addressedToForwarder = !addressees.isEmpty && addressees.allSatisfy { senderIDs.contains($0.entityID) }
        if authors.allSatisfy({ senderIDs.contains($0.entityID) }) || addressedToForwarder
            || senders.isEmpty && recipients.isEmpty
        {
            // Two messages: the sender carries their own earlier message, or one addressed to
            // them (`Zhou Enlai to Stalin, conveying telegram From Mao Zedong to Zhou Enlai`).
            events.append(carried)
            return
        }
        // A forwarding: the author is the sender, the addressee (else the document's addressee)
        // the recipient, and the forwarder and any channel intermediaries.
        var newVia = senders.map { forwarder -> Participant in
            var copy = forwarder
            copy.role = .intermediary
            return copy
        }
        let chosenRecipients = addressees.isEmpty ? recipients : addressees
        for channel in recipients where !chosenRecipients.contains(where: { $0.entityID == channel.entityID }) {
            var copy = channel
            copy.role = .intermediary
            newVia.append(copy)
        }
        senders = authors
        recipients = chosenRecipients.map { recipient -> Participant in
            var copy = recipient
            copy.role = .recipient
            return copy
        }
        via = newVia + via
        // A dated carried message is a message of its own, sent before it was forwarded.
        if innerDate != nil { events.append(carried) }
    }

    // MARK: - Mentioned messages

    /// A placeholder event for each message the text mentions, linked to the document's own
    /// event; mentions of one message (the same sender, and the same date or number) share one.
    mutating func buildReferences() {
        guard let main = events.first(where: { $0.id == mainID }) else { return }
        var placeholders: [(key: String, id: String, relation: MessageReference.Relation)] = []
        for (offset, reference) in extraction.references.enumerated() {
            var participants: [Participant] = []
            if let sender = reference.sender, let party = party(sender, role: .sender, main: main) { participants.append(party) }
            if let recipient = reference.recipient, let party = party(recipient, role: .recipient, main: main),
                !participants.contains(where: { $0.entityID == party.entityID })
            {
                participants.append(party)
            }
            let span = reference.span
            let sender = participants.first { $0.role == .sender }?.entityID ?? "?"
            let key = "\(sender)|\(reference.date?.edtf ?? "")|\(reference.number ?? "")|\(reference.target ?? "")"
            var id = mainID + "#ref\(offset + 1)"
            var relation = reference.relation
            if reference.date != nil || reference.number != nil || reference.target != nil,
                let existing = placeholders.first(where: { $0.key == key })
            {
                // The same message mentioned again: one event, the strongest relation.
                id = existing.id
                if existing.relation == .answeredByDocument || relation == existing.relation { continue }
                relation = relation == .citedByDocument ? existing.relation : relation
                let main = mainID
                links.removeAll { ($0.from == id || $0.to == id) && ($0.from == main || $0.to == main) }
            } else {
                events.append(
                    Event(
                        id: id, kind: .message, type: reference.type.map(DocumentExtractor.normalisedType),
                        number: reference.number,
                        date: reference.date, dateEvidence: reference.date.map { _ in evidence(span) }, documentID: nil,
                        mentionedIn: document.id, standsFor: reference.target, participants: participants,
                        gist: document.text(span),
                        evidence: evidence(span)))
                placeholders.append((key, id, relation))
            }
            if let index = placeholders.firstIndex(where: { $0.id == id }) { placeholders[index].relation = relation }
            switch relation {
            case .repliesToDocument:
                links.append(
                    EventLink(
                        from: id, to: mainID, kind: .repliesTo, evidence: evidence(span), confidence: 0.9, rule: reference.rule))
            case .answeredByDocument:
                links.append(
                    EventLink(
                        from: mainID, to: id, kind: .repliesTo, evidence: evidence(span), confidence: 0.85, rule: reference.rule))
            case .citedByDocument:
                links.append(
                    EventLink(
                        from: mainID, to: id, kind: .refersTo, evidence: evidence(span), confidence: 0.8, rule: reference.rule))
            }
        }
    }

    func party(_ party: MessageReference.Party, role: Participant.Role, main: Event) -> Participant? {
        let source: [Participant]
        switch party {
        case .named(let name, let span):
            return participant(PartyMention(name: name, span: span), role: role)
        case .documentSender:
            source = main.participants(.sender).isEmpty ? main.participants(.participant) : main.participants(.sender)
        case .documentRecipient:
            source = main.participants(.recipient)
        }
        guard var first = source.first else { return nil }
        first.role = role
        return first
    }

    // MARK: - Listing pages

    mutating func buildEntries() {
        for (offset, entry) in extraction.entries.enumerated() {
            var entryContext = context
            entryContext.date = entry.date?.date
            entryContext.aliases = entry.aliases
            var builder = self
            builder.context = entryContext
            var participants: [Participant] = []
            if let header = entry.header {
                participants =
                    builder.participants(header.senders, role: .sender)
                    + builder.participants(header.recipients, role: .recipient)
                    + builder.participants(header.via, role: .intermediary)
                    + builder.participants(header.participants, role: .participant)
            }
            let event = Event(
                id: mainID + "#entry\(offset + 1)", kind: entry.header?.isMeeting == true ? .meeting : .message,
                type: entry.header?.type.map(DocumentExtractor.normalisedType), number: entry.header?.number,
                date: entry.date?.date,
                dateEvidence: entry.date.map { evidence($0.span) }, documentID: nil, mentionedIn: document.id,
                participants: participants, gist: entry.title.text, evidence: evidence(entry.title.span))
            events.append(event)
        }
    }
}
