/// Writes what the pipeline found in a document as a record of the gold format, with the
/// evidence of each finding in the extra key `evidence`.
public struct RecordBuilder: Sendable {
    public let names: EntityNames
    public let graph: EventGraph
    /// The name of a document's file in records (relative to the evaluated folder).
    public let fileName: @Sendable (Document) -> String

    public init(names: EntityNames, graph: EventGraph, fileName: @escaping @Sendable (Document) -> String) {
        self.names = names
        self.graph = graph
        self.fileName = fileName
    }

    /// The records of documents analysed together (a reply is linked to what it answers across
    /// them), named by `fileName`.
    public static func records(
        _ analyses: [DocumentAnalysis], knowledge: Knowledge, fileName: @escaping @Sendable (Document) -> String
    ) -> [GoldRecord] {
        let builder = RecordBuilder(
            names: EntityNames(knowledge: knowledge, analyses: analyses), graph: EventGraph(analyses: analyses),
            fileName: fileName)
        var byEvent: [String: Document] = [:]
        for analysis in analyses { byEvent[analysis.document.mainEventID] = analysis.document }
        return analyses.map { builder.record($0, documentsByEvent: byEvent) }
    }

    public func record(_ analysis: DocumentAnalysis, documentsByEvent: [String: Document]) -> GoldRecord {
        let document = analysis.document
        let lines = document.lineLocator()
        var record = GoldRecord(file: fileName(document))
        var evidence = RecordEvidence(date: nil, parties: [], aliases: [], persons: [], places: [], dates: [], replies: [])
        record.recordID = document.recordID.flatMap { $0.isEmpty ? nil : $0 }
        record.title = document.title?.text.trimmingWhitespace()
        record.docType = analysis.extraction.documentType
        record.docTypeRaw = analysis.extraction.documentTypeRaw
        record.language = document.blocks.compactMap(\.language).first ?? "en"
        if let date = analysis.extraction.documentDate {
            record.date = date.date.iso
            evidence.date = item(date.date.iso, span: date.span, in: document, lines: lines, rule: date.rule)
        }
        if let line = document.archiveDate, let date = DateScanner.wholeDate(line.text) { record.pageDate = date.iso }

        let main = analysis.mainEvent
        func partyNames(_ role: Participant.Role) -> [String] {
            (main?.participants(role) ?? []).map { participant in
                if case .document(_, _, let span, _)? = participant.nameEvidence {
                    evidence.parties.append(
                        item(
                            names.name(participant.entityID), role: role.rawValue, span: span, in: document, lines: lines,
                            rule: participant.resolution.method.rawValue))
                }
                return names.name(participant.entityID)
            }
        }
        if main?.kind == .meeting {
            record.participants = partyNames(.participant)
            record.senders = []
            record.recipients = []
            record.via = []
        } else {
            record.senders = partyNames(.sender)
            record.recipients = partyNames(.recipient)
            record.via = partyNames(.intermediary)
        }

        record.aliases = aliases(analysis, lines: lines, evidence: &evidence)
        var persons: [String] = []
        var places: [String] = []
        for resolved in analysis.mentions where !resolved.mention.isAdjective {
            let name = names.name(resolved.resolution.entityID)
            switch resolved.mention.kind {
            case .person:
                if !persons.contains(name) { persons.append(name) }
                evidence.persons.append(
                    item(name, span: resolved.mention.span, in: document, lines: lines, rule: resolved.mention.rule))
            case .place:
                if !places.contains(name) { places.append(name) }
                evidence.places.append(
                    item(name, span: resolved.mention.span, in: document, lines: lines, rule: resolved.mention.rule))
            case .organisation:
                break
            }
        }
        // Parties are people the document names, even when only a header line names them.
        for participant in main?.participants ?? [] {
            let name = names.name(participant.entityID)
            if let entity = names.knowledge.entity(participant.entityID), entity.kind != .person { continue }
            if participant.resolution.method == .new, NameShape.isInstitution(name) { continue }
            if !persons.contains(name) { persons.append(name) }
        }
        record.persons = persons
        record.places = places
        record.apparatusPersons = unique(analysis.apparatus.map { names.name($0.resolution.entityID) })

        var dates: [String] = []
        for mention in analysis.extraction.dates {
            // `early March 1952` is March 1952 at the precision it is written.
            let ends =
                mention.rule == "part-of-month"
                ? [CalendarDate(year: mention.date.start.year, month: mention.date.start.month).iso]
                : [mention.date.start.iso] + (mention.date.end.map { [$0.iso] } ?? [])
            for iso in ends where !dates.contains(iso) {
                dates.append(iso)
            }
            evidence.dates.append(item(mention.date.edtf, span: mention.span, in: document, lines: lines, rule: mention.rule))
        }
        record.datesInText = dates

        var repliesTo: [String] = []
        var refersTo: [String] = []
        var mentioned: [GoldRecord.MentionedReply] = []
        var embedded: [GoldRecord.MentionedReply] = []
        if let main {
            for link in graph.links(from: main.id) {
                guard let target = documentsByEvent[link.to] else { continue }
                let name = fileName(target)
                if link.kind == .repliesTo, !repliesTo.contains(name) {
                    repliesTo.append(name)
                    if record.replyEvidence == nil, case .document(_, _, _, let quote) = link.evidence {
                        record.replyEvidence = quote
                    }
                } else if link.kind == .refersTo, !refersTo.contains(name) {
                    refersTo.append(name)
                }
            }
            let eventsByID = Dictionary(analysis.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for link in analysis.links where link.to == main.id && link.kind == .repliesTo {
                guard let reply = eventsByID[link.from], reply.isPlaceholder else { continue }
                var quote: String?
                if case .document(_, _, let span, let text) = link.evidence {
                    quote = text
                    evidence.replies.append(item(reply.id, span: span, in: document, lines: lines, rule: link.rule))
                }
                mentioned.append(
                    GoldRecord.MentionedReply(
                        from: reply.participants(.sender).first.map { names.name($0.entityID) },
                        to: reply.participants(.recipient).first.map { names.name($0.entityID) }, date: reply.date?.iso,
                        evidence: quote))
            }
            for link in analysis.links where link.from == main.id && link.kind == .transmits {
                guard let carried = eventsByID[link.to] else { continue }
                embedded.append(
                    GoldRecord.MentionedReply(
                        from: carried.participants(.sender).first.map { names.name($0.entityID) },
                        to: carried.participants(.recipient).first.map { names.name($0.entityID) }, date: carried.date?.iso))
            }
        }
        record.repliesTo = repliesTo
        record.refersTo = refersTo
        record.mentionedReplies = mentioned
        record.embeddedMessages = embedded
        record.evidence = evidence
        return record
    }

    /// Every name the document used for someone under another name: pseudonyms and cover
    /// names, whether the page resolves them itself or the authority file does.
    func aliases(_ analysis: DocumentAnalysis, lines: Document.LineLocator, evidence: inout RecordEvidence) -> [GoldRecord.Alias]
    {
        var result: [GoldRecord.Alias] = []
        func add(_ alias: String, _ entityID: String, kind: NameKind?, inText: Bool, note: String, span: SourceSpan?) {
            let canonical = names.name(entityID)
            guard NameKey.of(alias) != NameKey.of(canonical), !entityID.hasPrefix("new:") || inText else { return }
            if let index = result.firstIndex(where: { NameKey.of($0.alias) == NameKey.of(alias) && $0.canonical == canonical }) {
                if inText && result[index].resolvedInText != true {
                    result[index].resolvedInText = true
                    result[index].note = note
                }
                return
            }
            let kindName: String =
                switch kind {
                case .codename: "codename"
                case .title: "role_title"
                case .full, .canonical: "real_name"
                default: "pseudonym"
                }
            result.append(
                GoldRecord.Alias(alias: alias, canonical: canonical, kind: kindName, resolvedInText: inText, note: note))
            if let span {
                evidence.aliases.append(
                    item(
                        alias + " = " + canonical, span: span, in: analysis.document, lines: lines,
                        rule: inText ? "document" : "authority"))
            }
        }
        for claim in analysis.aliasClaims {
            var span: SourceSpan?
            if case .document(_, _, let evidenceSpan, _) = claim.evidence { span = evidenceSpan }
            add(claim.name, claim.entityID, kind: claim.kind, inText: true, note: claim.evidence.description, span: span)
        }
        let used =
            analysis.mentions.map { ($0.mention.surface, $0.resolution, $0.mention.span) }
            + (analysis.events.flatMap(\.participants).map { participant -> (String, Resolution, SourceSpan?) in
                var span: SourceSpan?
                if case .document(_, _, let evidenceSpan, _)? = participant.nameEvidence { span = evidenceSpan }
                return (participant.nameUsed, participant.resolution, span)
            })
        for (surface, resolution, span) in used where resolution.nameKind?.isCover == true || resolution.method == .documentAlias
        {
            add(
                surface, resolution.entityID, kind: resolution.nameKind, inText: resolution.method == .documentAlias, note: "",
                span: span)
        }
        return result
    }

    func item(
        _ value: String, role: String? = nil, span: SourceSpan, in document: Document, lines: Document.LineLocator, rule: String?
    ) -> RecordEvidence.Item {
        let fileSpan = document.fileSpan(span)
        return RecordEvidence.Item(
            value: value, role: role, start: fileSpan.start, end: fileSpan.end, line: lines.line(at: span.start),
            text: document.text(span), rule: rule, support: nil)
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
